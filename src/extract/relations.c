/* SPDX-License-Identifier: ISC */
/* Step 4 of the cascade: relations between the entities of a document. */
#include "extract/internal.h"

#include <string.h>

lsn_status
add_relation(doc_ctx*     c,
             lsn_rel_kind kind,
             int32_t      subject,
             int32_t      object,
             const char*  literal,
             uint32_t     sent)
{
  lsn_doc_result* r = c->r;
  if (subject < 0 || (object < 0 && !literal) || subject == object)
    return LSN_OK;
  for (size_t i = 0; i < r->n_relations; ++i) {
    const lsn_relation* o = &r->relations[i];
    if (o->kind == kind && o->subject == subject && o->object == object &&
        (!literal || (o->literal && !strcmp(o->literal, literal))))
      return LSN_OK;
  }
  lsn_status st;
  LSN_TRY(st,
          lsn_grow((void**)&r->relations,
                   &r->cap_relations,
                   r->n_relations + 1,
                   sizeof *r->relations));
  lsn_relation* rel = &r->relations[r->n_relations];
  rel->kind         = (uint8_t)kind;
  rel->subject      = subject;
  rel->object       = object;
  rel->sent         = sent;
  rel->literal      = NULL;
  if (literal && !(rel->literal = lsn_strdup(literal)))
    return LSN_ERR_NOMEM;
  ++r->n_relations;
  return LSN_OK;
}

lsn_status
find_relations(doc_ctx* c)
{
  (void)c;
  return LSN_OK;
}
