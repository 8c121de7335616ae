/*
 * A thin C shim over the system ICU (libicuuc, libicui18n).
 *
 * Only <stdint.h> types appear here: Swift cannot import ICU's own headers next to Foundation, nor its
 * version-suffixed function names (see Docs and ../shared/design/ICU.md). Strings are UTF-16 (`uint16_t`) with
 * explicit lengths. `status` is an ICU UErrorCode: <= 0 is success, > 0 a failure; CICU_BUFFER_OVERFLOW means
 * "call again with a buffer of the returned length". Handles are opaque pointers owned by the caller.
 */
#ifndef CICU_H
#define CICU_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* U_BUFFER_OVERFLOW_ERROR: the returned length is the capacity needed. */
#define CICU_BUFFER_OVERFLOW 15

/* MARK: Transliteration (utrans) */

/* Opens the transform `id` (e.g. "Russian-Latin/BGN; Latin-ASCII"); NULL on failure. Not thread-safe in use. */
void *cicu_translit_open(const uint16_t *id, int32_t idLen, int32_t *status);
void cicu_translit_close(void *translit);
/* Transforms `in` into `out`; returns the output length (or the needed capacity on CICU_BUFFER_OVERFLOW). */
int32_t cicu_translit_run(void *translit, const uint16_t *in, int32_t inLen, uint16_t *out, int32_t outCap,
                          int32_t *status);

/* MARK: Normalization (NFKC_Casefold) */

/* NFKC_Casefold of `in`; returns the output length (or the needed capacity on CICU_BUFFER_OVERFLOW). */
int32_t cicu_nfkc_casefold(const uint16_t *in, int32_t inLen, uint16_t *out, int32_t outCap, int32_t *status);
/* Length of the longest prefix of `in` that NFKC_Casefold leaves unchanged, ending on a segment boundary. */
int32_t cicu_nfkc_casefold_span(const uint16_t *in, int32_t inLen, int32_t *status);
/* 1 when NFKC_Casefold never joins `codePoint` with what precedes it (a normalization segment may start here). */
int32_t cicu_nfkc_casefold_boundary_before(int32_t codePoint);

/* MARK: Homoglyph skeletons (uspoof) */

void *cicu_spoof_open(int32_t *status);
void cicu_spoof_close(void *spoof);
/* The confusable skeleton of `in` (UTS #39); returns its length (or the needed capacity on overflow). */
int32_t cicu_spoof_skeleton(void *spoof, const uint16_t *in, int32_t inLen, uint16_t *out, int32_t outCap,
                            int32_t *status);

/* MARK: Break iteration (ubrk) */

#define CICU_BREAK_SENTENCE 0
#define CICU_BREAK_WORD 1

/* Opens a sentence or word break iterator for `locale` (NUL-terminated, e.g. "ru@ss=standard"). */
void *cicu_break_open(int32_t kind, const char *locale, int32_t *status);
void cicu_break_close(void *breaker);
/*
 * Writes every boundary of `text` (UTF-16 indices, starting with 0) into `bounds` and the rule status of the
 * segment ending at each boundary into `ruleStatus` (may be NULL). `cap` must be at least textLen + 1 (the most
 * boundaries a text can have). Returns the number of boundaries. The iterator keeps no pointer to `text`.
 */
int32_t cicu_break_boundaries(void *breaker, const uint16_t *text, int32_t textLen, int32_t *bounds,
                              int32_t *ruleStatus, int32_t cap, int32_t *status);

/* MARK: Date format symbols (udat) */

#define CICU_MONTHS 0
#define CICU_SHORT_MONTHS 1
#define CICU_STANDALONE_MONTHS 2
#define CICU_STANDALONE_SHORT_MONTHS 3
#define CICU_WEEKDAYS 4
#define CICU_SHORT_WEEKDAYS 5
#define CICU_STANDALONE_WEEKDAYS 6
#define CICU_STANDALONE_SHORT_WEEKDAYS 7

/* Opens a Gregorian date format for `locale` (NUL-terminated); NULL on failure. */
void *cicu_datefmt_open(const char *locale, int32_t *status);
void cicu_datefmt_close(void *datefmt);
/* Number of symbols of a CICU_* kind (months: 12 or 13; weekdays: 8, index 0 empty, 1 = Sunday); -1 for a bad kind. */
int32_t cicu_datefmt_symbol_count(void *datefmt, int32_t kind);
/* Symbol `index` of a CICU_* kind; returns its length (or the needed capacity on overflow). */
int32_t cicu_datefmt_symbol(void *datefmt, int32_t kind, int32_t index, uint16_t *out, int32_t outCap,
                            int32_t *status);

/* MARK: Number spellout (unum, rule-based) */

/* Opens a UNUM_SPELLOUT formatter for `locale` (NUL-terminated) with lenient parsing on; NULL on failure. */
void *cicu_spellout_open(const char *locale, int32_t lenient, int32_t *status);
/* Opens a rule-based formatter from RBNF `rules` (UNUM_PATTERN_RULEBASED) for `locale`; NULL on failure. */
void *cicu_rbnf_open(const uint16_t *rules, int32_t rulesLen, const char *locale, int32_t lenient,
                     int32_t *status);
void cicu_spellout_close(void *spellout);
/* The public rule set names, separated by ';'; returns the length (or the needed capacity on overflow). */
int32_t cicu_spellout_rulesets(void *spellout, uint16_t *out, int32_t outCap, int32_t *status);
/* Makes `name` (e.g. "%spellout-cardinal-feminine") the rule set used for formatting. */
void cicu_spellout_set_ruleset(void *spellout, const uint16_t *name, int32_t nameLen, int32_t *status);
/* Formats `value` with the current rule set; returns the length (or the needed capacity on overflow). */
int32_t cicu_spellout_format(void *spellout, double value, uint16_t *out, int32_t outCap, int32_t *status);
/* Parses `text` from index 0; `*parsedLen` receives how many UTF-16 units were consumed (0 when nothing). */
double cicu_spellout_parse(void *spellout, const uint16_t *text, int32_t textLen, int32_t *parsedLen,
                           int32_t *status);

/* MARK: Time zones (ucal) */

/*
 * The canonical id of a time zone id; `*isSystem` is 1 when it is a zone ICU knows (not a custom "GMT+03:00").
 * Returns the length (or the needed capacity on overflow); fails for ids ICU does not know.
 */
int32_t cicu_zone_canonical(const uint16_t *id, int32_t idLen, uint16_t *out, int32_t outCap, int32_t *isSystem,
                            int32_t *status);
/* The UTC offset in milliseconds (zone + DST) of zone `id` at a local wall-clock time (month 1-12). */
int32_t cicu_zone_offset(const uint16_t *id, int32_t idLen, int32_t year, int32_t month, int32_t day, int32_t hour,
                         int32_t minute, int32_t second, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
