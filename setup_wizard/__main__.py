"""`python -m setup_wizard` runs the same CLI as the console script."""

import sys

from setup_wizard.cli import main

sys.exit(main())
