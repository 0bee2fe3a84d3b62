#pragma once

#include <QDialog>

namespace guichet {

class Workspace;

// Fichier > Propriétés du classeur: where the file is, its programme, and the head of its audit
// chain (the last row and its SHA-256), which the committee copies into its minutes: the same
// head found later proves that nothing written before it has changed.
class WorkspacePropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspacePropertiesDialog(const Workspace& workspace, QWidget* parent = nullptr);
};

} // namespace guichet
