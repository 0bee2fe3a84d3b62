#pragma once

#include "EditCommand.h"
#include "committee/Avis.h"

#include <optional>

namespace guichet {

// An avis recorded on one dossier of an open session, or amended after its validation. Undone
// by writing back the avis it replaced (the same way: recorded again, or amended back with the
// reason « annulation (Ctrl+Z) »), or by withdrawing it when there was none; redone by writing
// the same request again.
class AvisCommand : public EditCommand
{
public:
    enum class Way
    {
        Record,
        Amend
    };
    AvisCommand(Editing& editing, Way way, int session, AvisRequest request,
                std::optional<Avis> before);

protected:
    Status apply(bool forward) override;

private:
    Status write(const AvisRequest& request);

    Way m_way;
    int m_session;
    AvisRequest m_request;
    std::optional<Avis> m_before;
};

} // namespace guichet
