from integration_journal.core.passphrase import MIN_LENGTH, estimate


def test_short_passphrases_are_refused_with_the_rule() -> None:
    s = estimate("abc123")
    assert not s.acceptable
    assert str(MIN_LENGTH) in s.advice


def test_common_and_repetitive_passphrases_are_weak() -> None:
    assert not estimate("correct horse battery staple").acceptable
    assert not estimate("aaaaaaaaaaaaaaaaaaaa").acceptable


def test_four_unrelated_words_are_acceptable() -> None:
    s = estimate("quiet river morning lantern")
    assert s.acceptable and s.score >= 2


def test_longer_is_never_weaker_for_random_words() -> None:
    assert estimate("quiet river morning lantern violet").bits >= estimate("quiet river morning lantern").bits
