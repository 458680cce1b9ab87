// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one UTF-8 rule of the readers (RFC 3629): a lead byte C2–F4, its continuation bytes, and no overlong form,
// surrogate or code point past U+10FFFF. The JSON scanner and the bulk importer's cell check both use it.

#include <QtGlobal>

namespace Entente::Utf8 {

enum : int {
    Cut = 0, // the input ends inside the sequence (more may follow)
    BadLead = -1, // not a lead byte (a stray continuation byte, C0/C1 or F5–FF)
    BadSequence = -2, // a missing continuation byte, an overlong form, a surrogate or past U+10FFFF
};

// The length (2–4) of the valid sequence at p, whose lead byte is 0x80 or above, within [p, end); else Cut,
// BadLead or BadSequence.
inline int sequenceLength(const uchar* p, const uchar* end)
{
    const uchar lead = *p;
    int need = 0;
    uint cp = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        need = 1, cp = lead & 0x1Fu;
    else if (lead >= 0xE0 && lead <= 0xEF)
        need = 2, cp = lead & 0x0Fu;
    else if (lead >= 0xF0 && lead <= 0xF4)
        need = 3, cp = lead & 0x07u;
    else
        return BadLead;
    for (int k = 1; k <= need; ++k) {
        if (p + k == end)
            return Cut;
        const uchar c = p[k];
        if ((c & 0xC0) != 0x80)
            return BadSequence;
        cp = (cp << 6) | (c & 0x3Fu);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return BadSequence;
    return need + 1;
}

} // namespace Entente::Utf8
