"""The on-disk cache of deterministic start-up work: entries come back only for the
inputs they were made from, and a stale, corrupt or hostile file is ignored and rebuilt."""

from __future__ import annotations

import numpy as np
import pytest

from policybot import model_cache


@pytest.fixture
def cache(tmp_path):
    model_cache.use_directory(tmp_path / "cache")
    yield tmp_path / "cache"
    model_cache.use_directory(None)


def test_what_is_saved_comes_back_for_its_key(cache):
    arrays = {"weights": np.arange(6, dtype=np.float32).reshape(2, 3), "classes": np.array(["ok", "malware"])}
    model_cache.save("thing", "key-1", arrays)
    loaded = model_cache.load("thing", "key-1")
    assert set(loaded) == {"weights", "classes"}
    np.testing.assert_array_equal(loaded["weights"], arrays["weights"])
    assert loaded["classes"].tolist() == ["ok", "malware"]
    assert list(cache.iterdir()) == [cache / "thing.npz"]  # no temporary file left behind


def test_a_model_is_made_once_and_then_kept_until_what_is_kept_does_not_fit(cache):
    made = []

    def make():
        made.append(1)
        return {"weights": np.full(3, float(len(made)))}

    def fits(arrays):
        return arrays["weights"].shape == (3,)

    first = model_cache.kept_or_made("thing", "key-1", make, fits)
    again = model_cache.kept_or_made("thing", "key-1", make, fits)
    assert len(made) == 1
    np.testing.assert_array_equal(again["weights"], first["weights"])
    model_cache.save("thing", "key-1", {"weights": np.zeros(5)})  # the right key over arrays that do not fit
    np.testing.assert_array_equal(model_cache.kept_or_made("thing", "key-1", make, fits)["weights"], np.full(3, 2.0))
    assert len(made) == 2


def test_an_entry_made_from_other_inputs_is_stale(cache):
    model_cache.save("thing", "key-1", {"a": np.zeros(2)})
    assert model_cache.load("thing", "key-2") is None
    model_cache.save("thing", "key-2", {"a": np.ones(2)})
    np.testing.assert_array_equal(model_cache.load("thing", "key-2")["a"], np.ones(2))


@pytest.mark.parametrize("content", [b"", b"not a zip file", b"PK\x03\x04 truncated"])
def test_a_corrupt_file_is_ignored(cache, content):
    cache.mkdir()
    (cache / "thing.npz").write_bytes(content)
    assert model_cache.load("thing", "key-1") is None


def test_a_truncated_archive_is_ignored(cache):
    model_cache.save("thing", "key-1", {"a": np.arange(1000.0)})
    path = cache / "thing.npz"
    path.write_bytes(path.read_bytes()[:300])
    assert model_cache.load("thing", "key-1") is None


def test_a_file_holding_pickled_objects_is_never_unpickled(cache, tmp_path):
    """An object array in an .npz is a pickle: loading it could run code. It is refused."""
    ran = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (open, (str(ran), "w"))

    cache.mkdir()
    with open(cache / "thing.npz", "wb") as file:
        np.savez(file, __key__=np.array("key-1"), a=np.array([Payload()], dtype=object))
    assert model_cache.load("thing", "key-1") is None
    assert not ran.exists()


def test_without_a_directory_nothing_is_kept(tmp_path):
    model_cache.use_directory(None)
    model_cache.save("thing", "key-1", {"a": np.zeros(1)})
    assert model_cache.load("thing", "key-1") is None


def test_an_unwritable_directory_only_costs_the_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    model_cache.use_directory(blocker / "cache")
    try:
        model_cache.save("thing", "key-1", {"a": np.zeros(1)})  # logged, not raised
        assert model_cache.load("thing", "key-1") is None
    finally:
        model_cache.use_directory(None)


def test_keys_name_their_parts_unambiguously():
    assert model_cache.key_of("ab", "c") != model_cache.key_of("a", "bc")
    assert model_cache.key_of("ab", "c") == model_cache.key_of("ab", "c")


def test_entry_names_cannot_leave_the_directory(cache):
    with pytest.raises(ValueError):
        model_cache.load("../elsewhere", "key")
