/* The only file that includes ICU's headers; see include/cicu.h for the contract of each function. */
#include "cicu.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uspoof.h>
#include <unicode/utrans.h>

#define ST(status) ((UErrorCode *)(status))

/* MARK: Transliteration */

void *cicu_translit_open(const uint16_t *id, int32_t idLen, int32_t *status) {
  UTransliterator *t = utrans_openU((const UChar *)id, idLen, UTRANS_FORWARD, NULL, 0, NULL, ST(status));
  if (U_FAILURE(*ST(status))) {
    if (t) utrans_close(t);
    return NULL;
  }
  return t;
}

void cicu_translit_close(void *translit) {
  if (translit) utrans_close((UTransliterator *)translit);
}

int32_t cicu_translit_run(void *translit, const uint16_t *in, int32_t inLen, uint16_t *out, int32_t outCap,
                          int32_t *status) {
  if (U_FAILURE(*ST(status))) return 0;
  if (!translit || inLen < 0 || outCap < 0) {
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  if (inLen > outCap) {
    *status = U_BUFFER_OVERFLOW_ERROR;
    return inLen;
  }
  /* utrans_transUChars works in place: the output buffer starts as a copy of the input. */
  if (inLen > 0) memcpy(out, in, (size_t)inLen * sizeof(uint16_t));
  int32_t length = inLen;
  int32_t limit = inLen;
  utrans_transUChars((const UTransliterator *)translit, (UChar *)out, &length, outCap, 0, &limit, ST(status));
  return length;
}

/* MARK: Normalization */

int32_t cicu_nfkc_casefold(const uint16_t *in, int32_t inLen, uint16_t *out, int32_t outCap, int32_t *status) {
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(ST(status));
  if (U_FAILURE(*ST(status))) return 0;
  return unorm2_normalize(n, (const UChar *)in, inLen, (UChar *)out, outCap, ST(status));
}

int32_t cicu_nfkc_casefold_span(const uint16_t *in, int32_t inLen, int32_t *status) {
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(ST(status));
  if (U_FAILURE(*ST(status))) return 0;
  return unorm2_spanQuickCheckYes(n, (const UChar *)in, inLen, ST(status));
}

int32_t cicu_nfkc_casefold_boundary_before(int32_t codePoint) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) return 1;
  return unorm2_hasBoundaryBefore(n, (UChar32)codePoint) ? 1 : 0;
}

/* MARK: Homoglyph skeletons */

void *cicu_spoof_open(int32_t *status) {
  USpoofChecker *sc = uspoof_open(ST(status));
  if (U_FAILURE(*ST(status))) {
    if (sc) uspoof_close(sc);
    return NULL;
  }
  return sc;
}

void cicu_spoof_close(void *spoof) {
  if (spoof) uspoof_close((USpoofChecker *)spoof);
}

int32_t cicu_spoof_skeleton(void *spoof, const uint16_t *in, int32_t inLen, uint16_t *out, int32_t outCap,
                            int32_t *status) {
  return uspoof_getSkeleton((const USpoofChecker *)spoof, 0, (const UChar *)in, inLen, (UChar *)out, outCap,
                            ST(status));
}

/* MARK: Break iteration */

void *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
  UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
  UBreakIterator *bi = ubrk_open(type, locale, NULL, 0, ST(status));
  if (U_FAILURE(*ST(status))) {
    if (bi) ubrk_close(bi);
    return NULL;
  }
  return bi;
}

void cicu_break_close(void *breaker) {
  if (breaker) ubrk_close((UBreakIterator *)breaker);
}

int32_t cicu_break_boundaries(void *breaker, const uint16_t *text, int32_t textLen, int32_t *bounds,
                              int32_t *ruleStatus, int32_t cap, int32_t *status) {
  if (U_FAILURE(*ST(status))) return 0;
  if (!breaker || textLen < 0 || cap < textLen + 1) {
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  UBreakIterator *bi = (UBreakIterator *)breaker;
  static const UChar empty[1] = {0};
  ubrk_setText(bi, (const UChar *)text, textLen, ST(status));
  if (U_FAILURE(*ST(status))) return 0;
  int32_t count = 0;
  for (int32_t b = ubrk_first(bi); b != UBRK_DONE && count < cap; b = ubrk_next(bi)) {
    bounds[count] = b;
    if (ruleStatus) ruleStatus[count] = ubrk_getRuleStatus(bi);
    count++;
  }
  UErrorCode ignored = U_ZERO_ERROR;
  ubrk_setText(bi, empty, 0, &ignored); /* drop the caller's pointer */
  return count;
}

/* MARK: Date format symbols */

static int symbol_type(int32_t kind, UDateFormatSymbolType *type) {
  switch (kind) {
    case CICU_MONTHS: *type = UDAT_MONTHS; return 1;
    case CICU_SHORT_MONTHS: *type = UDAT_SHORT_MONTHS; return 1;
    case CICU_STANDALONE_MONTHS: *type = UDAT_STANDALONE_MONTHS; return 1;
    case CICU_STANDALONE_SHORT_MONTHS: *type = UDAT_STANDALONE_SHORT_MONTHS; return 1;
    case CICU_WEEKDAYS: *type = UDAT_WEEKDAYS; return 1;
    case CICU_SHORT_WEEKDAYS: *type = UDAT_SHORT_WEEKDAYS; return 1;
    case CICU_STANDALONE_WEEKDAYS: *type = UDAT_STANDALONE_WEEKDAYS; return 1;
    case CICU_STANDALONE_SHORT_WEEKDAYS: *type = UDAT_STANDALONE_SHORT_WEEKDAYS; return 1;
    default: return 0;
  }
}

void *cicu_datefmt_open(const char *locale, int32_t *status) {
  UDateFormat *df = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale, NULL, 0, NULL, 0, ST(status));
  if (U_FAILURE(*ST(status))) {
    if (df) udat_close(df);
    return NULL;
  }
  return df;
}

void cicu_datefmt_close(void *datefmt) {
  if (datefmt) udat_close((UDateFormat *)datefmt);
}

int32_t cicu_datefmt_symbol_count(void *datefmt, int32_t kind) {
  UDateFormatSymbolType type;
  if (!datefmt || !symbol_type(kind, &type)) return -1;
  return udat_countSymbols((const UDateFormat *)datefmt, type);
}

int32_t cicu_datefmt_symbol(void *datefmt, int32_t kind, int32_t index, uint16_t *out, int32_t outCap,
                            int32_t *status) {
  UDateFormatSymbolType type;
  if (U_FAILURE(*ST(status))) return 0;
  if (!datefmt || !symbol_type(kind, &type)) {
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  return udat_getSymbols((const UDateFormat *)datefmt, type, index, (UChar *)out, outCap, ST(status));
}

/* MARK: Number spellout */

void *cicu_spellout_open(const char *locale, int32_t lenient, int32_t *status) {
  UNumberFormat *nf = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, ST(status));
  if (U_FAILURE(*ST(status))) {
    if (nf) unum_close(nf);
    return NULL;
  }
  unum_setAttribute(nf, UNUM_LENIENT_PARSE, lenient ? 1 : 0);
  return nf;
}

void *cicu_rbnf_open(const uint16_t *rules, int32_t rulesLen, const char *locale, int32_t lenient,
                     int32_t *status) {
  UParseError parseError;
  UNumberFormat *nf = unum_open(UNUM_PATTERN_RULEBASED, (const UChar *)rules, rulesLen, locale, &parseError,
                                ST(status));
  if (U_FAILURE(*ST(status))) {
    if (nf) unum_close(nf);
    return NULL;
  }
  unum_setAttribute(nf, UNUM_LENIENT_PARSE, lenient ? 1 : 0);
  return nf;
}

void cicu_spellout_close(void *spellout) {
  if (spellout) unum_close((UNumberFormat *)spellout);
}

int32_t cicu_spellout_rulesets(void *spellout, uint16_t *out, int32_t outCap, int32_t *status) {
  return unum_getTextAttribute((const UNumberFormat *)spellout, UNUM_PUBLIC_RULESETS, (UChar *)out, outCap,
                               ST(status));
}

void cicu_spellout_set_ruleset(void *spellout, const uint16_t *name, int32_t nameLen, int32_t *status) {
  unum_setTextAttribute((UNumberFormat *)spellout, UNUM_DEFAULT_RULESET, (const UChar *)name, nameLen, ST(status));
}

int32_t cicu_spellout_format(void *spellout, double value, uint16_t *out, int32_t outCap, int32_t *status) {
  return unum_formatDouble((const UNumberFormat *)spellout, value, (UChar *)out, outCap, NULL, ST(status));
}

double cicu_spellout_parse(void *spellout, const uint16_t *text, int32_t textLen, int32_t *parsedLen,
                           int32_t *status) {
  int32_t position = 0;
  double value = unum_parseDouble((const UNumberFormat *)spellout, (const UChar *)text, textLen, &position,
                                  ST(status));
  *parsedLen = U_FAILURE(*ST(status)) ? 0 : position;
  return value;
}

/* MARK: Time zones */

int32_t cicu_zone_canonical(const uint16_t *id, int32_t idLen, uint16_t *out, int32_t outCap, int32_t *isSystem,
                            int32_t *status) {
  UBool system = 0;
  int32_t length = ucal_getCanonicalTimeZoneID((const UChar *)id, idLen, (UChar *)out, outCap, &system, ST(status));
  *isSystem = system ? 1 : 0;
  return length;
}

int32_t cicu_zone_offset(const uint16_t *id, int32_t idLen, int32_t year, int32_t month, int32_t day, int32_t hour,
                         int32_t minute, int32_t second, int32_t *status) {
  UCalendar *cal = ucal_open((const UChar *)id, idLen, "en", UCAL_GREGORIAN, ST(status));
  if (U_FAILURE(*ST(status))) {
    if (cal) ucal_close(cal);
    return 0;
  }
  ucal_clear(cal);
  ucal_setDateTime(cal, year, month - 1, day, hour, minute, second, ST(status));
  int32_t zone = ucal_get(cal, UCAL_ZONE_OFFSET, ST(status));
  int32_t dst = ucal_get(cal, UCAL_DST_OFFSET, ST(status));
  ucal_close(cal);
  return U_FAILURE(*ST(status)) ? 0 : zone + dst;
}
