# SPDX-License-Identifier: GPL-3.0-or-later
# models/: Document, the command facade and the item models (QTEST_GUILESS_MAIN, model tester on every model).
entente_add_test(tst_document entente_models)
entente_add_test(tst_commands entente_models)
entente_add_test(tst_eventsmodel entente_models)
entente_add_test(tst_eventstitlesort entente_models)
entente_add_test(tst_positionmatrixmodel entente_models)
entente_add_test(tst_smallmodels entente_models)
entente_add_test(tst_notes entente_models)
entente_add_test(tst_whatchanged entente_models)
entente_add_test(tst_documentdoor entente_models)
entente_add_test(tst_activitymodel entente_models)
entente_add_test(tst_search entente_models)
