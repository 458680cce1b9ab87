// SPDX-License-Identifier: GPL-3.0-or-later
// Built by tst_layering, which expects it NOT to compile: a target that links entente_ui cannot see the store.
#include "sqlitestore.h"

int main() { return 0; }
