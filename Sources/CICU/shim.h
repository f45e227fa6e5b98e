#ifndef CICU_SHIM_H
#define CICU_SHIM_H
/* The system ICU (libicu-dev), seen from Swift. Two traps are avoided here;
 * see ../shared/notes/swift-icu.md.
 *
 * 1. Enum tags that differ from Foundation's bundled ICU (_FoundationICU).
 *    Without these renames a module that imports Foundation (or a test target)
 *    and CICU fails clean debug builds with Clang-module ODR errors. */
#define UBlockCode             CICU_UBlockCode
#define UDataFileAccess        CICU_UDataFileAccess
#define UDisplayContext        CICU_UDisplayContext
#define UDisplayContextType    CICU_UDisplayContextType
#define UErrorCode             CICU_UErrorCode
#define UIndicSyllabicCategory CICU_UIndicSyllabicCategory
#define UJoiningGroup          CICU_UJoiningGroup
#define ULineBreak             CICU_ULineBreak
#define UNumberFormatAttribute CICU_UNumberFormatAttribute
#define UNumberFormatFields    CICU_UNumberFormatFields
#define UProperty              CICU_UProperty

/* 2. Debian's ICU exports versioned names (ubrk_open_72). Turn macro renaming
 *    off and give each function used its link name, following whatever ICU
 *    version the headers are. A function missing here fails at link time. */
#define U_DISABLE_RENAMING 1
#include <unicode/uvernum.h>
#define CICU_S(x) #x
#define CICU_XS(x) CICU_S(x)
#define CICU_ALIAS(f) _Pragma(CICU_XS(redefine_extname f U_ICU_ENTRY_POINT_RENAME(f)))
CICU_ALIAS(u_getVersion)
CICU_ALIAS(u_errorName)
CICU_ALIAS(u_setDataDirectory)
CICU_ALIAS(u_strFromUTF8)
CICU_ALIAS(u_strToUTF8)
CICU_ALIAS(ubrk_open)
CICU_ALIAS(ubrk_close)
CICU_ALIAS(ubrk_setText)
CICU_ALIAS(ubrk_first)
CICU_ALIAS(ubrk_next)
CICU_ALIAS(ubrk_current)
CICU_ALIAS(ubrk_getRuleStatus)
CICU_ALIAS(ucsdet_open)
CICU_ALIAS(ucsdet_close)
CICU_ALIAS(ucsdet_setText)
CICU_ALIAS(ucsdet_detect)
CICU_ALIAS(ucsdet_detectAll)
CICU_ALIAS(ucsdet_getName)
CICU_ALIAS(ucsdet_getConfidence)
CICU_ALIAS(ucsdet_getLanguage)
CICU_ALIAS(ucnv_open)
CICU_ALIAS(ucnv_close)
CICU_ALIAS(ucnv_toUChars)
CICU_ALIAS(ucnv_setToUCallBack)
CICU_ALIAS(ucnv_toUnicode)
CICU_ALIAS(ucnv_reset)
CICU_ALIAS(ucnv_getName)
CICU_ALIAS(unum_open)
CICU_ALIAS(unum_close)
CICU_ALIAS(unum_parseDouble)
CICU_ALIAS(ucnv_getInvalidChars)
CICU_ALIAS(ucnv_fromUChars)
CICU_ALIAS(UCNV_TO_U_CALLBACK_STOP)
CICU_ALIAS(udata_open)
CICU_ALIAS(udata_getMemory)
CICU_ALIAS(udata_close)

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/putil.h>
#include <unicode/ustring.h>
#include <unicode/ubrk.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unum.h>
#include <unicode/udata.h>

/* The package of ICU's break iterator data ("icudt72l-brkitr" on ICU 72),
 * where the CJK dictionary (cjdict) lives: the string ICU's own break engine
 * passes to udata_open, made from ICU's macros so it follows the version. */
static inline const char *cicu_brkitr_package(void) {
  return U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr";
}
#endif
