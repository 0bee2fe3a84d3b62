#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace guichet {

// An error a user can read: one clear sentence, and what kind of failure it is, so that callers
// decide from the kind (exit code, a dialog to offer) and never from the message's wording.
struct Error
{
    enum class Kind
    {
        BadInput,       // the input was at fault: nothing was written (exit code 2)
        MissingMapping, // an export's columns do not map to the programme's required fields
        Barred,         // a declared conflict of interest forbids this person this change
        ReadOnly,       // the workspace is open read-only (another process writes it)
        Damaged,        // the workspace file fails its checks
        Failure         // anything else (exit code 1)
    };
    Kind kind = Kind::Failure;
    QString message;

    static Error badInput(QString message) { return {Kind::BadInput, std::move(message)}; }
    static Error failure(QString message) { return {Kind::Failure, std::move(message)}; }
    static Error of(Kind kind, QString message) { return {kind, std::move(message)}; }

    // True when the input, not the system, was at fault: nothing was written.
    bool isInputError() const
    {
        return kind == Kind::BadInput || kind == Kind::MissingMapping || kind == Kind::Barred;
    }
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
