# SPDX-License-Identifier: GPL-3.0-or-later
# The outcome forecast (models/forecast*, the EU and SMP models): published examples and property tests.
entente_add_test(tst_forecast entente_models)
# `entente forecast` run as a process (exit codes, formats, one-line errors).
entente_add_test(tst_forecastcommand Qt6::Core)
add_dependencies(tst_forecastcommand entente)
# The Forecast dock (ui/forecast/).
entente_add_test(tst_forecastpanel entente_ui)
