/* SPDX-License-Identifier: ISC */
/* The gazetteer's insides, shared by gazetteer.c and the extractor that
 * indexes its labels. */
#ifndef LSN_GAZETTEER_INTERNAL_H
#define LSN_GAZETTEER_INTERNAL_H

#include "extract/extract.h"

/* lsn_gaz_label.preferred: 1 skos:prefLabel, 0 another label, or this:
 * a form that names the entry but other things too (lsn:ambiguousLabel),
 * trusted only when the document names the entry otherwise. */
#define LSN_LABEL_AMBIGUOUS (-1)

typedef struct {
  size_t entry;
  int    preferred;
  char*  form;
  char*  lang;
} lsn_gaz_label;

struct lsn_gazetteer {
  lsn_gaz_entry* entries;
  char**         parent_iris; /* parallel to entries */
  size_t         n, cap;
  lsn_gaz_label* labels;
  size_t         n_labels, cap_labels;
  lsn_map*       by_iri;
};

/** Resolve parent IRIs to entry indexes once every triple is in. */
void
lsn_gazetteer_link_parents(lsn_gazetteer* gaz);

#endif
