# SPDX-License-Identifier: GPL-3.0-or-later
entente_add_test(tst_partialdate entente_domain)
entente_add_test(tst_eventstore entente_domain)
entente_add_test(tst_dossier entente_domain)
entente_add_test(tst_safefilewriter entente_domain)
