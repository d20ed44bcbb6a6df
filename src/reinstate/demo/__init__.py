"""A synthetic seller in Amazon's exact report formats, with planted root causes.

    demo = write_demo_data("demo/", orders=3000, seed=7)
    demo.paths      # every file written
    demo.planted    # what `reinstate metrics` should find

Pure core: seeded numpy, files in a folder, nothing else.
"""

from reinstate.demo._demo import PLANTED, DemoData, write_demo_data

__all__ = ["PLANTED", "DemoData", "write_demo_data"]
