#pragma once
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a cast macro Swift cannot import.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

/// Turns off SQLite's global memory statistics. With them on (the default), every allocation and
/// free takes a global mutex to update counters this program never reads; on the ingest path that
/// is several mutex round trips per record. `sqlite3_config` is variadic, so Swift cannot call it
/// directly. It only succeeds before the library initializes (before the first connection opens);
/// later it returns SQLITE_MISUSE and changes nothing, which is harmless.
static inline int csqlite_disable_memstatus(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
