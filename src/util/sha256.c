/* SHA-256 (FIPS 180-4), for the fingerprints of documents and models in the
 * provenance.  Nettle computes it: it uses the processor's SHA instructions
 * where there are some, and the 9 MB of tagger models are hashed at every
 * start (6 ms there, against 42 ms for the portable loop it replaced). */
#include "util.h"

#include <nettle/sha2.h>

void
lsn_sha256_hex(const void* bytes, size_t len, char hex[65])
{
  static const char digits[] = "0123456789abcdef";
  struct sha256_ctx ctx;
  uint8_t           digest[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, len, bytes);
  sha256_digest(&ctx, sizeof digest, digest);
  for (size_t i = 0; i < sizeof digest; ++i) {
    hex[2 * i]     = digits[digest[i] >> 4];
    hex[2 * i + 1] = digits[digest[i] & 15];
  }
  hex[64] = '\0';
}
