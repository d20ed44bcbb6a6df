"""Controls told in the present tense are not blame (issue 9: held-out round 3's strong plans
got `tone.blame` on "A failed check stops the shipment to FBA")."""

from __future__ import annotations

import pytest

from reinstate.review import review_text
from reinstate.review._checks._controls import is_present_control


@pytest.mark.parametrize(
    "sentence",
    [
        "A failed check stops the shipment to FBA.",
        "Every Friday the warehouse manager compares the returns log with the stock moves.",
        "A wrong label blocks the carton at the packing bench.",
        "Each damaged return is photographed and quarantined before it is counted.",
        "Any unit that fails the inspection is now held in a separate cage.",
    ],
)
def test_a_control_in_the_present_tense_is_read_as_a_control(sentence: str) -> None:
    assert is_present_control(sentence)
    assert "tone.blame" not in {f.rule for f in review_text(sentence).findings}


@pytest.mark.parametrize(
    "sentence",
    [
        "The carrier loses our parcels every week.",
        "Buyers always order the wrong size and then claim it is used.",
        "The prep centre put the FNSKU labels on the wrong boxes.",
        "Our supplier swapped the parts for cheaper ones without telling us.",
        "The previous owner of this business set up the second account, not me.",
        "Even though we packed each order carefully, the boxes arrived crushed.",
        "The delivery company is losing many packages in that month.",
    ],
)
def test_blame_in_any_tense_is_not_read_as_a_control(sentence: str) -> None:
    assert not is_present_control(sentence)
