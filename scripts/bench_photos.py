"""The picture corpus of the `images` bench case: the 200 Markdown articles of the bench corpus,
each showing three pictures of 2–5 megapixels, 600 in all (five in six photographs as JPEG,
one in six flat-colour charts as PNG).

The pictures are cut from four large textures made with the `vips` command (Perlin noise from
fixed seeds, plus grain for the photographs), at sizes, shapes and places drawn from a fixed
seed, so the same libvips gives the same files. Made once into CORPUS/photos/ (a few minutes).
"""
import concurrent.futures
import math
import os
import random
import re
import shutil
import subprocess

PICTURES = 600
SIDE = 3000  # the textures are SIDE x SIDE pixels


def pictures(folder):
    """Every picture of the corpus, sorted."""
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.startswith("picture-"))


def make(corpus, md_dir):
    """CORPUS/photos/ with its articles and pictures, made if it is not there yet."""
    folder = os.path.join(corpus, "photos")
    done = os.path.join(folder, "DONE")
    if os.path.exists(done):
        return folder
    print(f"Making {PICTURES} pictures in {folder} (once) …", flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    work = os.path.join(folder, "textures")
    os.makedirs(work)
    textures = [_texture(work, seed, grain=True) for seed in (1, 2, 3)]
    chart = _texture(work, 4, grain=False, levels=True)
    rng = random.Random(20)
    jobs, names = [], []
    for n in range(PICTURES):
        pixels = rng.uniform(2e6, 5e6)
        aspect = rng.choice([3 / 2, 4 / 3, 1, 3 / 4, 2 / 3, 16 / 9])
        width = min(SIDE, round(math.sqrt(pixels * aspect)))
        height = min(SIDE, round(pixels / width))
        left, top = rng.randrange(SIDE - width + 1), rng.randrange(SIDE - height + 1)
        if n % 6 == 5:
            name, source, target = f"picture-{n + 1:03d}.png", chart, ""
        else:
            name, source = f"picture-{n + 1:03d}.jpg", textures[n % 3]
            target = f"[Q={rng.choice([88, 92, 95])}]"
        names.append(name)
        jobs.append(["vips", "extract_area", source, os.path.join(folder, name) + target,
                     str(left), str(top), str(width), str(height)])
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda argv: subprocess.run(argv, check=True), jobs))
    shutil.rmtree(work)
    for index, path in enumerate(sorted(os.listdir(md_dir))):
        with open(os.path.join(md_dir, path), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(folder, path), "w", encoding="utf-8") as f:
            f.write(_with_pictures(text, names[3 * index:3 * index + 3]))
    open(done, "w").close()
    return folder


def _with_pictures(markdown, names):
    """The article without its small figures, one picture before each of its first sections."""
    text = re.sub(r"!\[[^\]]*\]\(\.\./img/[^)]*\)", "", markdown)
    parts = re.split(r"(?m)^(?=## )", text)
    for i, name in enumerate(names):
        figure = f"![Picture {name[8:11]}]({name})\n\n"
        if i + 1 < len(parts):
            parts[i + 1] = figure + parts[i + 1]
        else:
            parts.append(figure)
    return "".join(parts)


def _texture(work, seed, grain, levels=False):
    """A SIDE x SIDE sRGB texture: three Perlin noise bands (and grain), or four levels a band."""
    def vips(*argv):
        subprocess.run(["vips", *map(str, argv)], check=True)
    bands = []
    for band, cell in enumerate((420, 260, 640)):
        path = os.path.join(work, f"t{seed}-{band}.v")
        vips("perlin", path, SIDE, SIDE, "--cell-size", cell, "--seed", seed * 10 + band)
        bands.append(path)
    rgb, mixed, scaled = (os.path.join(work, f"t{seed}-{s}.v") for s in ("rgb", "mixed", "scaled"))
    out = os.path.join(work, f"texture-{seed}.v")
    vips("bandjoin", " ".join(bands), rgb)
    if grain:
        noise = os.path.join(work, f"t{seed}-noise.v")
        vips("gaussnoise", noise, SIDE, SIDE, "--sigma", 0.08, "--mean", 0, "--seed", seed)
        vips("add", rgb, noise, mixed)
    else:
        mixed = rgb
    vips("linear", mixed, scaled, 110, 128)
    if levels:
        flat = os.path.join(work, f"t{seed}-flat.v")
        vips("cast", scaled, flat, "uchar")
        vips("boolean_const", flat, out, "and", 192)
    else:
        vips("cast", scaled, out, "uchar")
    return out
