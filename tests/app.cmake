# SPDX-License-Identifier: GPL-3.0-or-later
entente_add_test(tst_cli Qt6::Core)
add_dependencies(tst_cli entente)
