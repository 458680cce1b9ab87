// SPDX-License-Identifier: GPL-3.0-or-later
// Large arrays filled once (an import's columns, text pool and id table) page-fault hundreds of thousands of
// times in 4 KiB pages, and a random probe into one misses the TLB. Where the kernel offers transparent huge
// pages on request (Linux, "madvise" mode), these ask for them over an array's capacity before it is touched.
#pragma once

#include <cstddef>

namespace Entente {

// Advises the kernel to back the 2 MiB-aligned part of [data, data + bytes) with huge pages. Does nothing for
// arrays under 4 MiB or on other systems. Only a hint: nothing changes but the speed.
void adviseHugePages(const void* data, std::size_t bytes);

// reserve() on a std::vector, then the advice over its new capacity.
template <class Vector>
void reserveHuge(Vector& v, std::size_t n)
{
    v.reserve(n);
    adviseHugePages(v.data(), v.capacity() * sizeof(typename Vector::value_type));
}

} // namespace Entente
