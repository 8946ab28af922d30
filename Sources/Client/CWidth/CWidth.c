#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <string.h>
#include "CWidth.h"

/* glibc's wcwidth answers -1 for every non-ASCII scalar until an UTF-8 LC_CTYPE is active. Only C.UTF-8 exists on
   the machines we target, so we select it once, for LC_CTYPE alone, without touching the rest of the locale. */
static int tributary_locale_ready = 0;

int tributary_wcwidth(unsigned int scalar) {
    if (!tributary_locale_ready) {
        const char *current = setlocale(LC_CTYPE, NULL);
        if (current == NULL || (strstr(current, "UTF-8") == NULL && strstr(current, "utf8") == NULL)) {
            if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
        }
        tributary_locale_ready = 1;
    }
    return wcwidth((wchar_t)scalar);
}
