# SPDX-License-Identifier: GPL-3.0-or-later
entente_add_test(tst_sqlitestore entente_store)
entente_add_test(tst_migrations entente_store)
entente_add_test(tst_documentlock entente_store)
entente_add_test(tst_backgroundload entente_store)
entente_add_test(tst_storeconformance_sqlite entente_store)
