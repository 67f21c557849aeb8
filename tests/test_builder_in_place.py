"""FactSpec.in_place: a nested fact wraps its own text where the parent's HTML holds it."""

from __future__ import annotations

from arelle_cyd.testing.builder import FactSpec, complete_annual, render_inline

SENTENCE = "Our processes are integrated into enterprise risk management."
BODY = f"<p>Intro paragraph.</p><p>{SENTENCE} More text.</p>"


def _spec(*children: FactSpec) -> str:
    parent = FactSpec("ProcTB", BODY, id="proc", continuation=True)
    return render_inline(complete_annual().without("ProcTB").with_facts(parent, *children))


def test_an_in_place_flag_wraps_its_sentence_inside_the_paragraph() -> None:
    html = _spec(FactSpec("IntegF", True, id="integ-f", nested_in="proc", display=SENTENCE, in_place=True))
    assert (
        '<p><ix:nonNumeric name="cyd:' in html
        and f'format="ixt:fixed-true">{SENTENCE}</ix:nonNumeric> More' in html
    )
    assert html.count(SENTENCE) == 1  # wrapped, not repeated


def test_a_text_block_wraps_the_paragraph_it_repeats_and_the_continuation_still_splits_cleanly() -> None:
    child = FactSpec("IntegTB", f"<p>{SENTENCE} More text.</p>", id="integ", nested_in="proc", in_place=True)
    html = _spec(child)
    continuation = html[html.index("<ix:continuation") :]
    assert 'id="integ"' in continuation and html.count(SENTENCE) == 1


def test_a_child_whose_text_is_not_in_the_parent_follows_it_as_before() -> None:
    in_place = _spec(
        FactSpec("IntegF", True, id="integ-f", nested_in="proc", display="Elsewhere.", in_place=True)
    )
    appended = _spec(FactSpec("IntegF", True, id="integ-f", nested_in="proc", display="Elsewhere."))
    assert in_place == appended


def test_text_inside_a_tag_is_never_wrapped() -> None:
    html = _spec(FactSpec("IntegF", True, id="integ-f", nested_in="proc", display="Intro", in_place=True))
    assert '<p><ix:nonNumeric name="cyd:' in html  # the text "Intro", not an attribute or tag name
