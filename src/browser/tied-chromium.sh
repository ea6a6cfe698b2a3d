#!/bin/sh
# Chromium tied to the life of the process that starts it (folio): when that process dies, even by
# SIGKILL (an out-of-memory kill, a CI timeout), the kernel kills this Chromium (PR_SET_PDEATHSIG,
# set by util-linux setpriv; kept across the exec of Debian's /usr/bin/chromium launcher script).
# Its helper processes (zygote, renderers, GPU) exit when their browser process dies.
# Started by src/browser/launch.ts with the real browser in $FOLIO_CHROMIUM_EXEC.
exec setpriv --pdeathsig KILL -- "$FOLIO_CHROMIUM_EXEC" "$@"
