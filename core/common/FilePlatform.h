#pragma once

#include <QString>

// The one place where Guichet calls the operating system about files, beside Qt: who may read
// a file, and when its bytes and its name reach the disk. Every other file speaks Qt only.
namespace guichet::file_platform {

// Makes `path` readable and writable by its owner only (0600 on Unix): a workspace holds the
// names, e-mail addresses and phone numbers of applicants' contacts. On Windows a file already
// inherits its folder's access list, which this leaves as it is.
bool restrictToOwner(const QString& path);

// Whether `path` is readable by its owner only (always true where there is no such notion):
// how the tests check the policy without an OS call of their own.
bool isOwnerOnly(const QString& path);

// Writes the file's bytes to the disk (fsync), so that a power cut after it returns keeps them.
bool syncFile(const QString& path);

// Writes the folder's entries to the disk, so that a rename or a creation in it survives a
// power cut (a no-op where the file system journals names itself).
bool syncFolder(const QString& folder);

// Gives `from` the name `to` in one step, replacing a file `to` if there is one.
bool replaceFile(const QString& from, const QString& to);

// The account that owns `path` (the user holding a lock file), or empty.
QString ownerOf(const QString& path);

} // namespace guichet::file_platform
