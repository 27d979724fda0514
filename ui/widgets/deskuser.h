#pragma once

#include <QString>

// Who sits at this desk, for the history of what people change by hand ("anna").
class DeskUser
{
public:
    // The login name, or "desk" where the system tells none.
    static QString name();
};
