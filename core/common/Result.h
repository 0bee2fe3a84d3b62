#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace guichet {

// An error a user can read: one clear sentence, and whether the input was at fault
// (exit code 2, nothing written) or something else failed (exit code 1).
struct Error
{
    enum class Kind
    {
        BadInput,
        Failure
    };
    Kind kind = Kind::Failure;
    QString message;

    static Error badInput(QString message) { return {Kind::BadInput, std::move(message)}; }
    static Error failure(QString message) { return {Kind::Failure, std::move(message)}; }
};

// A value or the error that prevented it (std::expected is C++23).
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
using Status = Result<std::monostate>;
inline Status success()
{
    return Status(std::monostate{});
}

} // namespace guichet
