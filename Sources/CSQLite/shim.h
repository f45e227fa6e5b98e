#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
/* The system SQLite (libsqlite3-dev), seen from Swift, for `analyze batch --sqlite`. */
#include <sqlite3.h>
#endif
