"""Given names that say whether 'he' or 'she' stands for a person, so that 'Ann Lee met Tom Baker. He said …' is
Baker's. Only common names that are one gender in the news of many countries (no one public figure's name); names that
are both, or one gender in one language and the other elsewhere (Jean, Andrea, Nicola, Kim, Robin, Sam, Alex, Jordan,
Lee), are left out: for them the text itself must say (an honorific, a role, an earlier pronoun)."""

from __future__ import annotations

SHE_NAMES = frozenset("""
    abigail ada adriana agnes aisha alice alicia alison amanda amelia amina amy ana anastasia angela angelina anita ann
    anna anne annette antonia barbara beatrice beatriz betty brenda bridget camila carla carmen carol caroline
    catherine cecilia charlotte chloe christina christine claire clara clare claudia cristina cynthia daniela deborah
    debra denise diana diane donna doris dorothy edith elaine eleanor elena elisabeth eliza elizabeth ella ellen
    elsa emily emma erin esther eva evelyn fatima fiona florence frances gabriela gloria grace hannah harriet
    heather helen helena ida indira ingrid irene irina isabel isabella jane janet janice
    jasmine jennifer jessica jill joan joanna joanne josephine joyce judith judy julia julie karen kate katherine
    kathleen kathryn katie kimberly kristina laura lauren leila linda lisa liz louise lucia lucy lydia
    madeleine magdalena margaret maria mariam marie marina marine marta martha mary maryam megan melissa
    michelle miriam monica nadia nancy naomi natalia natasha nicole nina nora olga olivia pamela patricia paula
    pauline priya rachel rebecca rita rosa rose ruth sabrina samantha sandra sara sarah sharon shirley
    silvia sofia sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara tanya tatiana teresa theresa tina
    tracy ursula valentina valerie vanessa vera veronica victoria virginia wendy yasmin yulia yvonne zainab zoe
    dina elif emine farida fatma fernanda galina hanan heba hoda juana khadija layla luciana lyudmila mariana marwa mona
    natalya noura oksana olena parisa rania renata salma samira shirin soraya valeria ximena zeinab zeynep
    """.split())

HE_NAMES = frozenset("""
    aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alexander alexei alexey ali alistair
    andre andrew andy angelo anthony antonio arthur benjamin bernard bill billy bob brian bruce
    carl carlos charles christopher clive colin craig dan daniel david dennis derek diego dmitri dmitry donald douglas
    duncan edward eduardo emmanuel eric ernest eugene fernando francis francisco frank fred frederick gareth gary
    gavin geoffrey george gerald giovanni giuseppe gordon graham greg gregory gustavo hans harold harry hassan henry
    howard hugh hugo hussein ian ibrahim igor imran isaac ivan jack jacob jacques jake james jason javier jeff jeffrey
    jeremy jerry jim jimmy joe john johnny jonathan jorge jose joseph joshua juan julian justin keith ken kenneth
    kevin khalid klaus larry lawrence leonard louis luis luiz malcolm manuel marco marcus mario mark martin matt
    matteo matthew michael miguel mike mohamed mohammad mohammed muhammad nathan neil nelson nicholas nick
    nigel noah oliver omar oscar owen pablo patrick paul pedro peter philip pierre rafael rahul ralph raymond
    ricardo richard rick robert roberto roger ronald roy russell ryan samuel scott sean sergei sergey sergio
    simon stanley stephen steve steven stuart ted terry thomas tim timothy tom tony trevor vincent viktor vladimir
    walter warren wayne william wolfgang xavier yusuf zachary
    adel amr andrei andriy emre hamza hesham hisham hossam jamal joao kamal karim khaled mahmoud mehmet mostafa mustafa
    mykola nabil oleg oleksandr raul sami samir tarek tariq taras walid youssef
    """.split())


def given_gender(name: str) -> str | None:
    """'he' or 'she' when the name's first word is a given name of one gender, else None."""
    first = name.split(" ", 1)[0].lower().rstrip(".,")
    return "she" if first in SHE_NAMES else "he" if first in HE_NAMES else None
