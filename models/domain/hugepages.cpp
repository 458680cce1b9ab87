// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepages.h"

#include <cstdint>
#include <QtGlobal>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace Entente {

void adviseHugePages([[maybe_unused]] const void* data, [[maybe_unused]] std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t Huge = std::uintptr_t(2) << 20;
    // ENTENTE_SMALL_PAGES=1 turns the advice off, to measure what it brings (README, Performance).
    static const bool off = qEnvironmentVariableIsSet("ENTENTE_SMALL_PAGES");
    if (off || !data || bytes < 2 * Huge)
        return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + Huge - 1) & ~(Huge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(Huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE); // a refusal only leaves small pages
#endif
}

} // namespace Entente
