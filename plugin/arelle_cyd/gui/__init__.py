"""The Arelle desktop application's "Cybersecurity disclosures (cyd)" menu.

Only Arelle's GUI (``CntlrWinMain``) imports this package, through the
``CntlrWinMain.Menu.Tools`` hook; nothing else in arelle-cyd imports tkinter.

- ``menu``: the Tools cascade and its commands (validate, full validation, export, options);
- ``options``: the options dialog, driven by ``parameters.SPECS`` and kept in Arelle's configuration;
- ``messages``: selecting a cyd message in the messages pane shows its fact in Arelle's views;
- ``tasks``: long work runs on a background thread, as Arelle's own validation does.
"""

from __future__ import annotations

from arelle_cyd.gui.menu import MENU_LABEL, add_tools_menu

__all__ = ["MENU_LABEL", "add_tools_menu"]
