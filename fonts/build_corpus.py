#!/usr/bin/env python3
"""Assemble the font corpus and write fonts/manifest.json.

Usage:
  python3 fonts/build_corpus.py --fetch   # download the packages below, copy fonts + licences
  python3 fonts/build_corpus.py           # only recompute manifest.json from the files in fonts/

Sources are Debian packages (apt-get download + dpkg-deb -x) and npm @fontsource packages
(npm pack). sha256 values are computed from the files, never typed in. Splits are by family:
no family appears in two splits. All-caps fonts (such as Bebas Neue) are left out because
their lowercase code points map to capitals, which would teach the model wrong letter shapes.
Needs fontTools (Debian python3-fonttools) for the coverage and all-caps check of every file.
"""
import argparse
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile

FONTS_DIR = os.path.dirname(os.path.abspath(__file__))
BASE_FONT = "dejavu-sans/DejaVuSans.ttf"

# Debian packages: package -> (version, licence, licence texts copied from /usr/share/common-licenses
# because the package's copyright file only refers to them).
DEBIAN = {
    "fonts-dejavu-core": ("2.37-6", "Bitstream-Vera", []),
    "fonts-liberation2": ("2.1.5-1", "OFL-1.1", []),
    "fonts-crosextra-caladea": ("20200211-1", "Apache-2.0", ["Apache-2.0"]),
    "fonts-crosextra-carlito": ("20220224-1", "OFL-1.1", []),
    "fonts-ebgaramond": ("0.016+git20210310.42d4f9f2-1", "OFL-1.1", []),
    "fonts-comic-neue": ("2.51-4", "OFL-1.1", []),
    "fonts-roboto-unhinted": ("2:0~20170802-3", "Apache-2.0", ["Apache-2.0"]),
    "fonts-roboto-slab": ("1.100263+20170512-2", "Apache-2.0", ["Apache-2.0"]),
    "fonts-jetbrains-mono": ("2.242+ds-3", "Apache-2.0", ["Apache-2.0"]),
    "fonts-cantarell": ("0.303.1-1", "OFL-1.1", []),
    "fonts-lato": ("2.0-2.1", "OFL-1.1", []),
    "fonts-sil-gentiumplus": ("6.101-1", "OFL-1.1", []),
    "fonts-sil-andika": ("6.101-2", "OFL-1.1", []),
    "fonts-courier-prime": ("0+git20190115-3", "OFL-1.1", []),
    "fonts-quicksand": ("0.2016-2.1", "OFL-1.1", []),
    "fonts-comfortaa": ("3.001-3", "OFL-1.1", []),
    "fonts-linuxlibertine": ("5.3.0-6", "GPL-2.0-or-later WITH Font-exception-2.0 OR OFL-1.1", ["GPL-2"]),
}

# npm @fontsource packages: name -> (version, licence)
NPM = {
    "lobster": ("5.3.0", "OFL-1.1"),
    "pacifico": ("5.3.0", "OFL-1.1"),
    "dancing-script": ("5.3.0", "OFL-1.1"),
    "caveat": ("5.3.0", "OFL-1.1"),
    "righteous": ("5.3.0", "OFL-1.1"),
    "abril-fatface": ("5.3.0", "OFL-1.1"),
    "playfair-display": ("5.3.0", "OFL-1.1"),
    "zilla-slab": ("5.3.0", "OFL-1.1"),
    "special-elite": ("5.3.0", "Apache-2.0"),
    "merriweather": ("5.3.0", "OFL-1.1"),
    "fira-sans": ("5.3.0", "OFL-1.1"),
    "source-code-pro": ("5.3.1", "OFL-1.1"),
    "permanent-marker": ("5.3.0", "Apache-2.0"),
    "indie-flower": ("5.3.0", "OFL-1.1"),
    "alfa-slab-one": ("5.3.0", "OFL-1.1"),
    "arvo": ("5.3.0", "OFL-1.1"),
    "great-vibes": ("5.3.0", "OFL-1.1"),
    "satisfy": ("5.3.0", "Apache-2.0"),
    "kaushan-script": ("5.3.0", "OFL-1.1"),
    "shadows-into-light": ("5.3.0", "OFL-1.1"),
    "patrick-hand": ("5.3.0", "OFL-1.1"),
    "kalam": ("5.3.0", "OFL-1.1"),
    "architects-daughter": ("5.3.0", "OFL-1.1"),
    "courgette": ("5.3.0", "OFL-1.1"),
    "yellowtail": ("5.3.0", "Apache-2.0"),
    "cookie": ("5.3.0", "OFL-1.1"),
    "marck-script": ("5.3.0", "OFL-1.1"),
    "fredoka": ("5.3.0", "OFL-1.1"),
    "lobster-two": ("5.3.0", "OFL-1.1"),
    "titan-one": ("5.3.0", "OFL-1.1"),
    "chewy": ("5.3.0", "Apache-2.0"),
    "passion-one": ("5.3.0", "OFL-1.1"),
    "lora": ("5.3.0", "OFL-1.1"),
    "pt-serif": ("5.3.0", "OFL-1.1"),
    "crimson-text": ("5.3.0", "OFL-1.1"),
    "libre-baskerville": ("5.3.0", "OFL-1.1"),
    "cormorant-garamond": ("5.3.0", "OFL-1.1"),
    "old-standard-tt": ("5.3.0", "OFL-1.1"),
    "open-sans": ("5.3.0", "OFL-1.1"),
    "montserrat": ("5.3.0", "OFL-1.1"),
    "raleway": ("5.3.0", "OFL-1.1"),
    "josefin-sans": ("5.3.0", "OFL-1.1"),
    "oswald": ("5.3.0", "OFL-1.1"),
    "rubik": ("5.3.0", "OFL-1.1"),
    "bitter": ("5.3.0", "OFL-1.1"),
    "rokkitt": ("5.3.0", "OFL-1.1"),
    "crete-round": ("5.3.0", "OFL-1.1"),
    "josefin-slab": ("5.3.0", "OFL-1.1"),
    "ibm-plex-mono": ("5.3.0", "OFL-1.1"),
    "space-mono": ("5.3.0", "OFL-1.1"),
    "anonymous-pro": ("5.3.0", "OFL-1.1"),
    "pt-sans": ("5.3.0", "OFL-1.1"),
    "nunito": ("5.3.0", "OFL-1.1"),
    "work-sans": ("5.3.0", "OFL-1.1"),
    "karla": ("5.3.0", "OFL-1.1"),
    "inter": ("5.3.0", "OFL-1.1"),
    "ibm-plex-sans": ("5.3.0", "OFL-1.1"),
    "ibm-plex-serif": ("5.3.0", "OFL-1.1"),
    "noto-serif": ("5.3.0", "OFL-1.1"),
    "libre-franklin": ("5.3.0", "OFL-1.1"),
    "barlow": ("5.3.0", "OFL-1.1"),
    "dm-sans": ("5.3.0", "OFL-1.1"),
    "spectral": ("5.3.0", "OFL-1.1"),
    "vollkorn": ("5.3.0", "OFL-1.1"),
    "alegreya": ("5.3.0", "OFL-1.1"),
    "alegreya-sans": ("5.3.0", "OFL-1.1"),
    "cabin": ("5.3.0", "OFL-1.1"),
    "roboto-mono": ("5.3.0", "OFL-1.1"),
    "inconsolata": ("5.3.0", "OFL-1.1"),
    "domine": ("5.3.0", "OFL-1.1"),
    "arbutus-slab": ("5.3.0", "OFL-1.1"),
    "kreon": ("5.3.0", "OFL-1.1"),
    "podkova": ("5.3.0", "OFL-1.1"),
    "noticia-text": ("5.3.0", "OFL-1.1"),
    "pt-mono": ("5.3.0", "OFL-1.1"),
    "poppins": ("5.3.0", "OFL-1.1"),
    "cardo": ("5.3.0", "OFL-1.1"),
    "prata": ("5.3.0", "OFL-1.1"),
    "archivo": ("5.3.0", "OFL-1.1"),
    "mali": ("5.3.0", "OFL-1.1"),
    "merienda": ("5.3.0", "OFL-1.1"),
    "gochi-hand": ("5.3.0", "OFL-1.1"),
    "coming-soon": ("5.3.0", "Apache-2.0"),
    "schoolbell": ("5.3.0", "Apache-2.0"),
    "short-stack": ("5.3.0", "OFL-1.1"),
    "itim": ("5.3.0", "OFL-1.1"),
    "sriracha": ("5.3.0", "OFL-1.1"),
    "pangolin": ("5.3.0", "OFL-1.1"),
    "delius": ("5.3.0", "OFL-1.1"),
    "reenie-beanie": ("5.3.0", "OFL-1.1"),
    "nothing-you-could-do": ("5.3.0", "OFL-1.1"),
    "annie-use-your-telescope": ("5.3.0", "OFL-1.1"),
    "crafty-girls": ("5.3.0", "Apache-2.0"),
    "allura": ("5.3.0", "OFL-1.1"),
    "alex-brush": ("5.3.0", "OFL-1.1"),
    "parisienne": ("5.3.0", "OFL-1.1"),
    "damion": ("5.3.0", "OFL-1.1"),
    "playball": ("5.3.0", "OFL-1.1"),
    "norican": ("5.3.0", "OFL-1.1"),
    "rochester": ("5.3.0", "Apache-2.0"),
    "mr-dafoe": ("5.3.0", "OFL-1.1"),
    "grand-hotel": ("5.3.0", "OFL-1.1"),
    "leckerli-one": ("5.3.0", "OFL-1.1"),
    "berkshire-swash": ("5.3.0", "OFL-1.1"),
    "rancho": ("5.3.0", "Apache-2.0"),
    "noto-sans": ("5.3.0", "OFL-1.1"),
    "mulish": ("5.3.0", "OFL-1.1"),
    "manrope": ("5.3.0", "OFL-1.1"),
    "asap": ("5.3.0", "OFL-1.1"),
    "exo-2": ("5.3.0", "OFL-1.1"),
    "titillium-web": ("5.3.0", "OFL-1.1"),
    "overpass": ("5.3.0", "OFL-1.1"),
    "red-hat-display": ("5.3.0", "OFL-1.1"),
    "public-sans": ("5.3.0", "OFL-1.1"),
    "figtree": ("5.3.0", "OFL-1.1"),
    "outfit": ("5.3.0", "OFL-1.1"),
    "lexend": ("5.3.0", "OFL-1.1"),
    "jost": ("5.3.0", "OFL-1.1"),
    "signika": ("5.3.0", "OFL-1.1"),
    "istok-web": ("5.3.0", "OFL-1.1"),
    "quattrocento-sans": ("5.3.0", "OFL-1.1"),
    "archivo-narrow": ("5.3.0", "OFL-1.1"),
    "questrial": ("5.3.0", "OFL-1.1"),
    "varela-round": ("5.3.0", "OFL-1.1"),
    "hind": ("5.3.0", "OFL-1.1"),
    "heebo": ("5.3.0", "OFL-1.1"),
    "crimson-pro": ("5.3.0", "OFL-1.1"),
    "literata": ("5.3.0", "OFL-1.1"),
    "newsreader": ("5.3.0", "OFL-1.1"),
    "frank-ruhl-libre": ("5.3.0", "OFL-1.1"),
    "gelasio": ("5.3.0", "OFL-1.1"),
    "petrona": ("5.3.0", "OFL-1.1"),
    "brygada-1918": ("5.3.0", "OFL-1.1"),
    "fraunces": ("5.3.0", "OFL-1.1"),
    "bodoni-moda": ("5.3.0", "OFL-1.1"),
    "libre-caslon-text": ("5.3.0", "OFL-1.1"),
    "sorts-mill-goudy": ("5.3.0", "OFL-1.1"),
    "quattrocento": ("5.3.0", "OFL-1.1"),
    "lusitana": ("5.3.0", "OFL-1.1"),
    "neuton": ("5.3.0", "OFL-1.1"),
    "alike": ("5.3.0", "OFL-1.1"),
    "yeseva-one": ("5.3.0", "OFL-1.1"),
    "ultra": ("5.3.0", "Apache-2.0"),
    "rozha-one": ("5.3.0", "OFL-1.1"),
    "aleo": ("5.3.0", "OFL-1.1"),
    "bree-serif": ("5.3.0", "OFL-1.1"),
    "patua-one": ("5.3.0", "OFL-1.1"),
    "enriqueta": ("5.3.0", "OFL-1.1"),
    "glegoo": ("5.3.0", "OFL-1.1"),
    "slabo-27px": ("5.3.0", "OFL-1.1"),
    "kameron": ("5.3.0", "OFL-1.1"),
    "bevan": ("5.3.0", "OFL-1.1"),
    "copse": ("5.2.8", "OFL-1.1"),
    "trocchi": ("5.3.0", "OFL-1.1"),
    "overpass-mono": ("5.3.0", "OFL-1.1"),
    "red-hat-mono": ("5.3.0", "OFL-1.1"),
    "noto-sans-mono": ("5.3.0", "OFL-1.1"),
    "cutive-mono": ("5.3.0", "OFL-1.1"),
    "azeret-mono": ("5.3.0", "OFL-1.1"),
    "martian-mono": ("5.3.0", "OFL-1.1"),
    "spline-sans-mono": ("5.3.0", "OFL-1.1"),
    "sometype-mono": ("5.3.0", "OFL-1.1"),
    "victor-mono": ("5.3.0", "OFL-1.1"),
    "share-tech-mono": ("5.3.0", "OFL-1.1"),
    "oxygen-mono": ("5.3.0", "OFL-1.1"),
    "dm-mono": ("5.3.0", "OFL-1.1"),
    "b612-mono": ("5.3.0", "OFL-1.1"),
    "just-another-hand": ("5.3.0", "Apache-2.0"),
    "kristi": ("5.3.0", "OFL-1.1"),
    "dawning-of-a-new-day": ("5.3.0", "OFL-1.1"),
    "mynerve": ("5.3.0", "OFL-1.1"),
    "playpen-sans": ("5.3.0", "OFL-1.1"),
    "shantell-sans": ("5.3.0", "OFL-1.1"),
    "sedgwick-ave": ("5.3.0", "OFL-1.1"),
    "pompiere": ("5.3.0", "OFL-1.1"),
    "mansalva": ("5.3.0", "OFL-1.1"),
    "square-peg": ("5.3.0", "OFL-1.1"),
    "klee-one": ("5.3.0", "OFL-1.1"),
    "comic-relief": ("5.3.0", "OFL-1.1"),
}

# (directory, file name inside the package, family, style, kind, split, source key)
# A source key "deb:PKG" takes the file from the package's /usr/share/fonts tree;
# "npm:NAME" takes it from the package's files/ folder.
FONTS = [
    ("dejavu-sans", "DejaVuSans.ttf", "DejaVu Sans", "Regular", "sans", "train", "deb:fonts-dejavu-core"),
    ("dejavu-sans", "DejaVuSans-Bold.ttf", "DejaVu Sans", "Bold", "sans", "train", "deb:fonts-dejavu-core"),
    ("dejavu-serif", "DejaVuSerif.ttf", "DejaVu Serif", "Regular", "serif", "train", "deb:fonts-dejavu-core"),
    ("dejavu-serif", "DejaVuSerif-Bold.ttf", "DejaVu Serif", "Bold", "serif", "train", "deb:fonts-dejavu-core"),
    ("dejavu-sans-mono", "DejaVuSansMono.ttf", "DejaVu Sans Mono", "Regular", "mono", "train", "deb:fonts-dejavu-core"),
    ("liberation-sans", "LiberationSans-Regular.ttf", "Liberation Sans", "Regular", "sans", "train", "deb:fonts-liberation2"),
    ("liberation-sans", "LiberationSans-Bold.ttf", "Liberation Sans", "Bold", "sans", "train", "deb:fonts-liberation2"),
    ("liberation-sans", "LiberationSans-Italic.ttf", "Liberation Sans", "Italic", "sans", "train", "deb:fonts-liberation2"),
    ("liberation-serif", "LiberationSerif-Regular.ttf", "Liberation Serif", "Regular", "serif", "train", "deb:fonts-liberation2"),
    ("liberation-serif", "LiberationSerif-Italic.ttf", "Liberation Serif", "Italic", "serif", "train", "deb:fonts-liberation2"),
    ("liberation-mono", "LiberationMono-Regular.ttf", "Liberation Mono", "Regular", "mono", "train", "deb:fonts-liberation2"),
    ("liberation-mono", "LiberationMono-Bold.ttf", "Liberation Mono", "Bold", "mono", "train", "deb:fonts-liberation2"),
    ("caladea", "Caladea-Regular.ttf", "Caladea", "Regular", "serif", "train", "deb:fonts-crosextra-caladea"),
    ("caladea", "Caladea-Bold.ttf", "Caladea", "Bold", "serif", "train", "deb:fonts-crosextra-caladea"),
    ("carlito", "Carlito-Regular.ttf", "Carlito", "Regular", "sans", "validation", "deb:fonts-crosextra-carlito"),
    ("eb-garamond", "EBGaramond12-Regular.otf", "EB Garamond", "Regular", "serif", "train", "deb:fonts-ebgaramond"),
    ("eb-garamond", "EBGaramond12-Italic.otf", "EB Garamond", "Italic", "serif", "train", "deb:fonts-ebgaramond"),
    ("comic-neue", "ComicNeue-Regular.otf", "Comic Neue", "Regular", "script", "train", "deb:fonts-comic-neue"),
    ("comic-neue", "ComicNeue-Bold.otf", "Comic Neue", "Bold", "script", "train", "deb:fonts-comic-neue"),
    ("roboto", "Roboto-Regular.ttf", "Roboto", "Regular", "sans", "train", "deb:fonts-roboto-unhinted"),
    ("roboto", "Roboto-Bold.ttf", "Roboto", "Bold", "sans", "train", "deb:fonts-roboto-unhinted"),
    ("roboto", "Roboto-Italic.ttf", "Roboto", "Italic", "sans", "train", "deb:fonts-roboto-unhinted"),
    ("roboto-slab", "RobotoSlab-Regular.otf", "Roboto Slab", "Regular", "slab", "train", "deb:fonts-roboto-slab"),
    ("roboto-slab", "RobotoSlab-Bold.otf", "Roboto Slab", "Bold", "slab", "train", "deb:fonts-roboto-slab"),
    ("jetbrains-mono", "JetBrainsMono-Regular.ttf", "JetBrains Mono", "Regular", "mono", "train", "deb:fonts-jetbrains-mono"),
    ("jetbrains-mono", "JetBrainsMono-Bold.ttf", "JetBrains Mono", "Bold", "mono", "train", "deb:fonts-jetbrains-mono"),
    ("cantarell", "Cantarell-Regular.otf", "Cantarell", "Regular", "sans", "train", "deb:fonts-cantarell"),
    ("cantarell", "Cantarell-Bold.otf", "Cantarell", "Bold", "sans", "train", "deb:fonts-cantarell"),
    ("lato", "Lato-Regular.ttf", "Lato", "Regular", "sans", "train", "deb:fonts-lato"),
    ("lato", "Lato-Italic.ttf", "Lato", "Italic", "sans", "train", "deb:fonts-lato"),
    ("gentium-plus", "GentiumPlus-Regular.ttf", "Gentium Plus", "Regular", "serif", "validation", "deb:fonts-sil-gentiumplus"),
    ("andika", "Andika-Regular.ttf", "Andika", "Regular", "sans", "train", "deb:fonts-sil-andika"),
    ("courier-prime", "Courier Prime.otf", "Courier Prime", "Regular", "mono", "validation", "deb:fonts-courier-prime"),
    ("courier-prime", "Courier Prime Bold.otf", "Courier Prime", "Bold", "mono", "validation", "deb:fonts-courier-prime"),
    ("quicksand", "Quicksand-Regular.ttf", "Quicksand", "Regular", "display", "train", "deb:fonts-quicksand"),
    ("quicksand", "Quicksand-Bold.ttf", "Quicksand", "Bold", "display", "train", "deb:fonts-quicksand"),
    ("comfortaa", "Comfortaa-Regular.ttf", "Comfortaa", "Regular", "display", "validation", "deb:fonts-comfortaa"),
    ("linux-libertine", "LinLibertine_R.otf", "Linux Libertine O", "Regular", "serif", "train", "deb:fonts-linuxlibertine"),
    ("linux-libertine", "LinLibertine_RI.otf", "Linux Libertine O", "Italic", "serif", "train", "deb:fonts-linuxlibertine"),
    ("linux-libertine", "LinLibertine_RB.otf", "Linux Libertine O", "Bold", "serif", "train", "deb:fonts-linuxlibertine"),
    ("linux-biolinum", "LinBiolinum_R.otf", "Linux Biolinum O", "Regular", "sans", "train", "deb:fonts-linuxlibertine"),
    ("lobster", "lobster-latin-400-normal.woff", "Lobster", "Regular", "script", "train", "npm:lobster"),
    ("pacifico", "pacifico-latin-400-normal.woff", "Pacifico", "Regular", "script", "train", "npm:pacifico"),
    ("dancing-script", "dancing-script-latin-400-normal.woff", "Dancing Script", "Regular", "script", "validation", "npm:dancing-script"),
    ("dancing-script", "dancing-script-latin-700-normal.woff", "Dancing Script", "Bold", "script", "validation", "npm:dancing-script"),
    ("caveat", "caveat-latin-400-normal.woff", "Caveat", "Regular", "script", "test", "npm:caveat"),
    ("caveat", "caveat-latin-700-normal.woff", "Caveat", "Bold", "script", "test", "npm:caveat"),
    ("righteous", "righteous-latin-400-normal.woff", "Righteous", "Regular", "display", "train", "npm:righteous"),
    ("abril-fatface", "abril-fatface-latin-400-normal.woff", "Abril Fatface", "Regular", "display", "test", "npm:abril-fatface"),
    ("playfair-display", "playfair-display-latin-400-normal.woff", "Playfair Display", "Regular", "serif", "train", "npm:playfair-display"),
    ("playfair-display", "playfair-display-latin-400-italic.woff", "Playfair Display", "Italic", "serif", "train", "npm:playfair-display"),
    ("playfair-display", "playfair-display-latin-700-normal.woff", "Playfair Display", "Bold", "serif", "train", "npm:playfair-display"),
    ("zilla-slab", "zilla-slab-latin-400-normal.woff", "Zilla Slab", "Regular", "slab", "validation", "npm:zilla-slab"),
    ("zilla-slab", "zilla-slab-latin-400-italic.woff", "Zilla Slab", "Italic", "slab", "validation", "npm:zilla-slab"),
    ("special-elite", "special-elite-latin-400-normal.woff", "Special Elite", "Regular", "display", "train", "npm:special-elite"),
    ("merriweather", "merriweather-latin-400-normal.woff", "Merriweather", "Regular", "serif", "test", "npm:merriweather"),
    ("merriweather", "merriweather-latin-400-italic.woff", "Merriweather", "Italic", "serif", "test", "npm:merriweather"),
    ("merriweather", "merriweather-latin-700-normal.woff", "Merriweather", "Bold", "serif", "test", "npm:merriweather"),
    ("fira-sans", "fira-sans-latin-400-normal.woff", "Fira Sans", "Regular", "sans", "test", "npm:fira-sans"),
    ("fira-sans", "fira-sans-latin-400-italic.woff", "Fira Sans", "Italic", "sans", "test", "npm:fira-sans"),
    ("fira-sans", "fira-sans-latin-700-normal.woff", "Fira Sans", "Bold", "sans", "test", "npm:fira-sans"),
    ("source-code-pro", "source-code-pro-latin-400-normal.woff", "Source Code Pro", "Regular", "mono", "test", "npm:source-code-pro"),
    ("source-code-pro", "source-code-pro-latin-700-normal.woff", "Source Code Pro", "Bold", "mono", "test", "npm:source-code-pro"),
    ("permanent-marker", "permanent-marker-latin-400-normal.woff", "Permanent Marker", "Regular", "script", "train", "npm:permanent-marker"),
    ("indie-flower", "indie-flower-latin-400-normal.woff", "Indie Flower", "Regular", "script", "train", "npm:indie-flower"),
    ("alfa-slab-one", "alfa-slab-one-latin-400-normal.woff", "Alfa Slab One", "Regular", "slab", "train", "npm:alfa-slab-one"),
    ("arvo", "arvo-latin-400-normal.woff", "Arvo", "Regular", "slab", "test", "npm:arvo"),
    ("arvo", "arvo-latin-700-normal.woff", "Arvo", "Bold", "slab", "test", "npm:arvo"),
    ("arvo", "arvo-latin-400-italic.woff", "Arvo", "Italic", "slab", "test", "npm:arvo"),
    ("great-vibes", "great-vibes-latin-400-normal.woff", "Great Vibes", "Regular", "script", "train", "npm:great-vibes"),
    ("satisfy", "satisfy-latin-400-normal.woff", "Satisfy", "Regular", "script", "train", "npm:satisfy"),
    ("kaushan-script", "kaushan-script-latin-400-normal.woff", "Kaushan Script", "Regular", "script", "train", "npm:kaushan-script"),
    ("shadows-into-light", "shadows-into-light-latin-400-normal.woff", "Shadows Into Light", "Regular", "script", "train", "npm:shadows-into-light"),
    ("patrick-hand", "patrick-hand-latin-400-normal.woff", "Patrick Hand", "Regular", "script", "train", "npm:patrick-hand"),
    ("kalam", "kalam-latin-400-normal.woff", "Kalam", "Regular", "script", "train", "npm:kalam"),
    ("kalam", "kalam-latin-700-normal.woff", "Kalam", "Bold", "script", "train", "npm:kalam"),
    ("architects-daughter", "architects-daughter-latin-400-normal.woff", "Architects Daughter", "Regular", "script", "train", "npm:architects-daughter"),
    ("courgette", "courgette-latin-400-normal.woff", "Courgette", "Regular", "script", "train", "npm:courgette"),
    ("yellowtail", "yellowtail-latin-400-normal.woff", "Yellowtail", "Regular", "script", "train", "npm:yellowtail"),
    ("cookie", "cookie-latin-400-normal.woff", "Cookie", "Regular", "script", "train", "npm:cookie"),
    ("marck-script", "marck-script-latin-400-normal.woff", "Marck Script", "Regular", "script", "train", "npm:marck-script"),
    ("fredoka", "fredoka-latin-400-normal.woff", "Fredoka", "Regular", "display", "train", "npm:fredoka"),
    ("fredoka", "fredoka-latin-700-normal.woff", "Fredoka", "Bold", "display", "train", "npm:fredoka"),
    ("lobster-two", "lobster-two-latin-400-normal.woff", "Lobster Two", "Regular", "display", "train", "npm:lobster-two"),
    ("lobster-two", "lobster-two-latin-400-italic.woff", "Lobster Two", "Italic", "display", "train", "npm:lobster-two"),
    ("titan-one", "titan-one-latin-400-normal.woff", "Titan One", "Regular", "display", "train", "npm:titan-one"),
    ("chewy", "chewy-latin-400-normal.woff", "Chewy", "Regular", "display", "train", "npm:chewy"),
    ("passion-one", "passion-one-latin-400-normal.woff", "Passion One", "Regular", "display", "train", "npm:passion-one"),
    ("lora", "lora-latin-400-normal.woff", "Lora", "Regular", "serif", "train", "npm:lora"),
    ("lora", "lora-latin-400-italic.woff", "Lora", "Italic", "serif", "train", "npm:lora"),
    ("lora", "lora-latin-700-normal.woff", "Lora", "Bold", "serif", "train", "npm:lora"),
    ("pt-serif", "pt-serif-latin-400-normal.woff", "PT Serif", "Regular", "serif", "train", "npm:pt-serif"),
    ("pt-serif", "pt-serif-latin-400-italic.woff", "PT Serif", "Italic", "serif", "train", "npm:pt-serif"),
    ("crimson-text", "crimson-text-latin-400-normal.woff", "Crimson Text", "Regular", "serif", "train", "npm:crimson-text"),
    ("libre-baskerville", "libre-baskerville-latin-400-normal.woff", "Libre Baskerville", "Regular", "serif", "train", "npm:libre-baskerville"),
    ("cormorant-garamond", "cormorant-garamond-latin-400-normal.woff", "Cormorant Garamond", "Regular", "serif", "train", "npm:cormorant-garamond"),
    ("cormorant-garamond", "cormorant-garamond-latin-400-italic.woff", "Cormorant Garamond", "Italic", "serif", "train", "npm:cormorant-garamond"),
    ("old-standard-tt", "old-standard-tt-latin-400-normal.woff", "Old Standard TT", "Regular", "serif", "train", "npm:old-standard-tt"),
    ("open-sans", "open-sans-latin-400-normal.woff", "Open Sans", "Regular", "sans", "train", "npm:open-sans"),
    ("open-sans", "open-sans-latin-700-normal.woff", "Open Sans", "Bold", "sans", "train", "npm:open-sans"),
    ("montserrat", "montserrat-latin-400-normal.woff", "Montserrat", "Regular", "sans", "train", "npm:montserrat"),
    ("montserrat", "montserrat-latin-400-italic.woff", "Montserrat", "Italic", "sans", "train", "npm:montserrat"),
    ("raleway", "raleway-latin-400-normal.woff", "Raleway", "Regular", "sans", "train", "npm:raleway"),
    ("josefin-sans", "josefin-sans-latin-400-normal.woff", "Josefin Sans", "Regular", "sans", "train", "npm:josefin-sans"),
    ("oswald", "oswald-latin-400-normal.woff", "Oswald", "Regular", "sans", "train", "npm:oswald"),
    ("rubik", "rubik-latin-400-normal.woff", "Rubik", "Regular", "sans", "train", "npm:rubik"),
    ("bitter", "bitter-latin-400-normal.woff", "Bitter", "Regular", "slab", "train", "npm:bitter"),
    ("bitter", "bitter-latin-700-normal.woff", "Bitter", "Bold", "slab", "train", "npm:bitter"),
    ("rokkitt", "rokkitt-latin-400-normal.woff", "Rokkitt", "Regular", "slab", "train", "npm:rokkitt"),
    ("crete-round", "crete-round-latin-400-normal.woff", "Crete Round", "Regular", "slab", "train", "npm:crete-round"),
    ("josefin-slab", "josefin-slab-latin-400-normal.woff", "Josefin Slab", "Regular", "slab", "train", "npm:josefin-slab"),
    ("ibm-plex-mono", "ibm-plex-mono-latin-400-normal.woff", "IBM Plex Mono", "Regular", "mono", "train", "npm:ibm-plex-mono"),
    ("ibm-plex-mono", "ibm-plex-mono-latin-400-italic.woff", "IBM Plex Mono", "Italic", "mono", "train", "npm:ibm-plex-mono"),
    ("space-mono", "space-mono-latin-400-normal.woff", "Space Mono", "Regular", "mono", "train", "npm:space-mono"),
    ("anonymous-pro", "anonymous-pro-latin-400-normal.woff", "Anonymous Pro", "Regular", "mono", "train", "npm:anonymous-pro"),
    ("pt-sans", "pt-sans-latin-400-normal.woff", "PT Sans", "Regular", "sans", "train", "npm:pt-sans"),
    ("pt-sans", "pt-sans-latin-400-italic.woff", "PT Sans", "Italic", "sans", "train", "npm:pt-sans"),
    ("pt-sans", "pt-sans-latin-700-normal.woff", "PT Sans", "Bold", "sans", "train", "npm:pt-sans"),
    ("nunito", "nunito-latin-400-normal.woff", "Nunito", "Regular", "sans", "train", "npm:nunito"),
    ("nunito", "nunito-latin-700-italic.woff", "Nunito", "Bold Italic", "sans", "train", "npm:nunito"),
    ("work-sans", "work-sans-latin-400-normal.woff", "Work Sans", "Regular", "sans", "train", "npm:work-sans"),
    ("karla", "karla-latin-400-normal.woff", "Karla", "Regular", "sans", "train", "npm:karla"),
    ("karla", "karla-latin-700-normal.woff", "Karla", "Bold", "sans", "train", "npm:karla"),
    ("inter", "inter-latin-400-normal.woff", "Inter", "Regular", "sans", "train", "npm:inter"),
    ("inter", "inter-latin-700-normal.woff", "Inter", "Bold", "sans", "train", "npm:inter"),
    ("ibm-plex-sans", "ibm-plex-sans-latin-400-normal.woff", "IBM Plex Sans", "Regular", "sans", "train", "npm:ibm-plex-sans"),
    ("ibm-plex-sans", "ibm-plex-sans-latin-700-italic.woff", "IBM Plex Sans", "Bold Italic", "sans", "train", "npm:ibm-plex-sans"),
    ("ibm-plex-serif", "ibm-plex-serif-latin-400-normal.woff", "IBM Plex Serif", "Regular", "serif", "train", "npm:ibm-plex-serif"),
    ("ibm-plex-serif", "ibm-plex-serif-latin-700-normal.woff", "IBM Plex Serif", "Bold", "serif", "train", "npm:ibm-plex-serif"),
    ("noto-serif", "noto-serif-latin-400-italic.woff", "Noto Serif", "Italic", "serif", "train", "npm:noto-serif"),
    ("noto-serif", "noto-serif-latin-700-normal.woff", "Noto Serif", "Bold", "serif", "train", "npm:noto-serif"),
    ("libre-franklin", "libre-franklin-latin-700-normal.woff", "Libre Franklin", "Bold", "sans", "train", "npm:libre-franklin"),
    ("barlow", "barlow-latin-400-normal.woff", "Barlow", "Regular", "sans", "train", "npm:barlow"),
    ("barlow", "barlow-latin-700-italic.woff", "Barlow", "Bold Italic", "sans", "train", "npm:barlow"),
    ("dm-sans", "dm-sans-latin-400-normal.woff", "DM Sans", "Regular", "sans", "train", "npm:dm-sans"),
    ("spectral", "spectral-latin-400-normal.woff", "Spectral", "Regular", "serif", "train", "npm:spectral"),
    ("spectral", "spectral-latin-400-italic.woff", "Spectral", "Italic", "serif", "train", "npm:spectral"),
    ("vollkorn", "vollkorn-latin-400-normal.woff", "Vollkorn", "Regular", "serif", "train", "npm:vollkorn"),
    ("vollkorn", "vollkorn-latin-700-normal.woff", "Vollkorn", "Bold", "serif", "train", "npm:vollkorn"),
    ("alegreya", "alegreya-latin-400-normal.woff", "Alegreya", "Regular", "serif", "train", "npm:alegreya"),
    ("alegreya", "alegreya-latin-700-italic.woff", "Alegreya", "Bold Italic", "serif", "train", "npm:alegreya"),
    ("alegreya-sans", "alegreya-sans-latin-400-normal.woff", "Alegreya Sans", "Regular", "sans", "train", "npm:alegreya-sans"),
    ("cabin", "cabin-latin-700-normal.woff", "Cabin", "Bold", "sans", "train", "npm:cabin"),
    ("roboto-mono", "roboto-mono-latin-400-normal.woff", "Roboto Mono", "Regular", "mono", "train", "npm:roboto-mono"),
    ("roboto-mono", "roboto-mono-latin-700-normal.woff", "Roboto Mono", "Bold", "mono", "train", "npm:roboto-mono"),
    ("inconsolata", "inconsolata-latin-400-normal.woff", "Inconsolata", "Regular", "mono", "train", "npm:inconsolata"),
    ("domine", "domine-latin-700-normal.woff", "Domine", "Bold", "serif", "train", "npm:domine"),
    ("arbutus-slab", "arbutus-slab-latin-400-normal.woff", "Arbutus Slab", "Regular", "slab", "train", "npm:arbutus-slab"),
    ("kreon", "kreon-latin-400-normal.woff", "Kreon", "Regular", "slab", "train", "npm:kreon"),
    ("kreon", "kreon-latin-700-normal.woff", "Kreon", "Bold", "slab", "train", "npm:kreon"),
    ("podkova", "podkova-latin-700-normal.woff", "Podkova", "Bold", "slab", "train", "npm:podkova"),
    ("noticia-text", "noticia-text-latin-400-normal.woff", "Noticia Text", "Regular", "slab", "train", "npm:noticia-text"),
    ("noticia-text", "noticia-text-latin-700-normal.woff", "Noticia Text", "Bold", "slab", "train", "npm:noticia-text"),
    ("pt-mono", "pt-mono-latin-400-normal.woff", "PT Mono", "Regular", "mono", "train", "npm:pt-mono"),
    ("poppins", "poppins-latin-400-normal.woff", "Poppins", "Regular", "sans", "train", "npm:poppins"),
    ("poppins", "poppins-latin-700-italic.woff", "Poppins", "Bold Italic", "sans", "train", "npm:poppins"),
    ("cardo", "cardo-latin-400-italic.woff", "Cardo", "Italic", "serif", "train", "npm:cardo"),
    ("prata", "prata-latin-400-normal.woff", "Prata", "Regular", "serif", "train", "npm:prata"),
    ("archivo", "archivo-latin-700-normal.woff", "Archivo", "Bold", "sans", "train", "npm:archivo"),
    ("mali", "mali-latin-400-normal.woff", "Mali", "Regular", "script", "train", "npm:mali"),
    ("mali", "mali-latin-700-normal.woff", "Mali", "Bold", "script", "train", "npm:mali"),
    ("merienda", "merienda-latin-400-normal.woff", "Merienda", "Regular", "script", "train", "npm:merienda"),
    ("merienda", "merienda-latin-700-normal.woff", "Merienda", "Bold", "script", "train", "npm:merienda"),
    ("gochi-hand", "gochi-hand-latin-400-normal.woff", "Gochi Hand", "Regular", "script", "train", "npm:gochi-hand"),
    ("coming-soon", "coming-soon-latin-400-normal.woff", "Coming Soon", "Regular", "script", "train", "npm:coming-soon"),
    ("schoolbell", "schoolbell-latin-400-normal.woff", "Schoolbell", "Regular", "script", "train", "npm:schoolbell"),
    ("short-stack", "short-stack-latin-400-normal.woff", "Short Stack", "Regular", "script", "train", "npm:short-stack"),
    ("itim", "itim-latin-400-normal.woff", "Itim", "Regular", "script", "train", "npm:itim"),
    ("sriracha", "sriracha-latin-400-normal.woff", "Sriracha", "Regular", "script", "train", "npm:sriracha"),
    ("pangolin", "pangolin-latin-400-normal.woff", "Pangolin", "Regular", "script", "train", "npm:pangolin"),
    ("delius", "delius-latin-400-normal.woff", "Delius", "Regular", "script", "train", "npm:delius"),
    ("reenie-beanie", "reenie-beanie-latin-400-normal.woff", "Reenie Beanie", "Regular", "script", "train", "npm:reenie-beanie"),
    ("nothing-you-could-do", "nothing-you-could-do-latin-400-normal.woff", "Nothing You Could Do", "Regular", "script", "train", "npm:nothing-you-could-do"),
    ("annie-use-your-telescope", "annie-use-your-telescope-latin-400-normal.woff", "Annie Use Your Telescope", "Regular", "script", "train", "npm:annie-use-your-telescope"),
    ("crafty-girls", "crafty-girls-latin-400-normal.woff", "Crafty Girls", "Regular", "script", "train", "npm:crafty-girls"),
    ("allura", "allura-latin-400-normal.woff", "Allura", "Regular", "script", "train", "npm:allura"),
    ("alex-brush", "alex-brush-latin-400-normal.woff", "Alex Brush", "Regular", "script", "train", "npm:alex-brush"),
    ("parisienne", "parisienne-latin-400-normal.woff", "Parisienne", "Regular", "script", "train", "npm:parisienne"),
    ("damion", "damion-latin-400-normal.woff", "Damion", "Regular", "script", "train", "npm:damion"),
    ("playball", "playball-latin-400-normal.woff", "Playball", "Regular", "script", "train", "npm:playball"),
    ("norican", "norican-latin-400-normal.woff", "Norican", "Regular", "script", "train", "npm:norican"),
    ("rochester", "rochester-latin-400-normal.woff", "Rochester", "Regular", "script", "train", "npm:rochester"),
    ("mr-dafoe", "mr-dafoe-latin-400-normal.woff", "Mr Dafoe", "Regular", "script", "train", "npm:mr-dafoe"),
    ("grand-hotel", "grand-hotel-latin-400-normal.woff", "Grand Hotel", "Regular", "script", "train", "npm:grand-hotel"),
    ("leckerli-one", "leckerli-one-latin-400-normal.woff", "Leckerli One", "Regular", "script", "train", "npm:leckerli-one"),
    ("berkshire-swash", "berkshire-swash-latin-400-normal.woff", "Berkshire Swash", "Regular", "script", "train", "npm:berkshire-swash"),
    ("rancho", "rancho-latin-400-normal.woff", "Rancho", "Regular", "script", "train", "npm:rancho"),
    ("noto-sans", "noto-sans-latin-400-normal.woff", "Noto Sans", "Regular", "sans", "train", "npm:noto-sans"),
    ("noto-sans", "noto-sans-latin-700-italic.woff", "Noto Sans", "Bold Italic", "sans", "train", "npm:noto-sans"),
    ("mulish", "mulish-latin-400-normal.woff", "Mulish", "Regular", "sans", "train", "npm:mulish"),
    ("manrope", "manrope-latin-400-normal.woff", "Manrope", "Regular", "sans", "train", "npm:manrope"),
    ("manrope", "manrope-latin-700-normal.woff", "Manrope", "Bold", "sans", "train", "npm:manrope"),
    ("asap", "asap-latin-400-normal.woff", "Asap", "Regular", "sans", "train", "npm:asap"),
    ("asap", "asap-latin-400-italic.woff", "Asap", "Italic", "sans", "train", "npm:asap"),
    ("exo-2", "exo-2-latin-400-normal.woff", "Exo 2", "Regular", "sans", "train", "npm:exo-2"),
    ("exo-2", "exo-2-latin-700-italic.woff", "Exo 2", "Bold Italic", "sans", "train", "npm:exo-2"),
    ("titillium-web", "titillium-web-latin-400-normal.woff", "Titillium Web", "Regular", "sans", "train", "npm:titillium-web"),
    ("titillium-web", "titillium-web-latin-700-normal.woff", "Titillium Web", "Bold", "sans", "train", "npm:titillium-web"),
    ("overpass", "overpass-latin-400-normal.woff", "Overpass", "Regular", "sans", "train", "npm:overpass"),
    ("red-hat-display", "red-hat-display-latin-400-normal.woff", "Red Hat Display", "Regular", "sans", "train", "npm:red-hat-display"),
    ("public-sans", "public-sans-latin-400-normal.woff", "Public Sans", "Regular", "sans", "train", "npm:public-sans"),
    ("public-sans", "public-sans-latin-700-normal.woff", "Public Sans", "Bold", "sans", "train", "npm:public-sans"),
    ("figtree", "figtree-latin-400-normal.woff", "Figtree", "Regular", "sans", "train", "npm:figtree"),
    ("outfit", "outfit-latin-400-normal.woff", "Outfit", "Regular", "sans", "train", "npm:outfit"),
    ("lexend", "lexend-latin-400-normal.woff", "Lexend", "Regular", "sans", "train", "npm:lexend"),
    ("jost", "jost-latin-400-normal.woff", "Jost", "Regular", "sans", "train", "npm:jost"),
    ("jost", "jost-latin-400-italic.woff", "Jost", "Italic", "sans", "train", "npm:jost"),
    ("signika", "signika-latin-400-normal.woff", "Signika", "Regular", "sans", "train", "npm:signika"),
    ("istok-web", "istok-web-latin-400-normal.woff", "Istok Web", "Regular", "sans", "train", "npm:istok-web"),
    ("istok-web", "istok-web-latin-700-normal.woff", "Istok Web", "Bold", "sans", "train", "npm:istok-web"),
    ("quattrocento-sans", "quattrocento-sans-latin-400-normal.woff", "Quattrocento Sans", "Regular", "sans", "train", "npm:quattrocento-sans"),
    ("quattrocento-sans", "quattrocento-sans-latin-700-normal.woff", "Quattrocento Sans", "Bold", "sans", "train", "npm:quattrocento-sans"),
    ("archivo-narrow", "archivo-narrow-latin-400-normal.woff", "Archivo Narrow", "Regular", "sans", "train", "npm:archivo-narrow"),
    ("questrial", "questrial-latin-400-normal.woff", "Questrial", "Regular", "sans", "train", "npm:questrial"),
    ("varela-round", "varela-round-latin-400-normal.woff", "Varela Round", "Regular", "sans", "train", "npm:varela-round"),
    ("hind", "hind-latin-400-normal.woff", "Hind", "Regular", "sans", "train", "npm:hind"),
    ("heebo", "heebo-latin-400-normal.woff", "Heebo", "Regular", "sans", "train", "npm:heebo"),
    ("crimson-pro", "crimson-pro-latin-400-normal.woff", "Crimson Pro", "Regular", "serif", "train", "npm:crimson-pro"),
    ("crimson-pro", "crimson-pro-latin-700-normal.woff", "Crimson Pro", "Bold", "serif", "train", "npm:crimson-pro"),
    ("literata", "literata-latin-400-normal.woff", "Literata", "Regular", "serif", "train", "npm:literata"),
    ("literata", "literata-latin-400-italic.woff", "Literata", "Italic", "serif", "train", "npm:literata"),
    ("newsreader", "newsreader-latin-400-normal.woff", "Newsreader", "Regular", "serif", "train", "npm:newsreader"),
    ("frank-ruhl-libre", "frank-ruhl-libre-latin-400-normal.woff", "Frank Ruhl Libre", "Regular", "serif", "train", "npm:frank-ruhl-libre"),
    ("gelasio", "gelasio-latin-400-normal.woff", "Gelasio", "Regular", "serif", "train", "npm:gelasio"),
    ("gelasio", "gelasio-latin-700-normal.woff", "Gelasio", "Bold", "serif", "train", "npm:gelasio"),
    ("petrona", "petrona-latin-400-normal.woff", "Petrona", "Regular", "serif", "train", "npm:petrona"),
    ("brygada-1918", "brygada-1918-latin-400-normal.woff", "Brygada 1918", "Regular", "serif", "train", "npm:brygada-1918"),
    ("fraunces", "fraunces-latin-400-normal.woff", "Fraunces", "Regular", "serif", "train", "npm:fraunces"),
    ("bodoni-moda", "bodoni-moda-latin-400-normal.woff", "Bodoni Moda", "Regular", "serif", "train", "npm:bodoni-moda"),
    ("libre-caslon-text", "libre-caslon-text-latin-400-normal.woff", "Libre Caslon Text", "Regular", "serif", "train", "npm:libre-caslon-text"),
    ("libre-caslon-text", "libre-caslon-text-latin-400-italic.woff", "Libre Caslon Text", "Italic", "serif", "train", "npm:libre-caslon-text"),
    ("sorts-mill-goudy", "sorts-mill-goudy-latin-400-normal.woff", "Sorts Mill Goudy", "Regular", "serif", "train", "npm:sorts-mill-goudy"),
    ("quattrocento", "quattrocento-latin-400-normal.woff", "Quattrocento", "Regular", "serif", "train", "npm:quattrocento"),
    ("quattrocento", "quattrocento-latin-700-normal.woff", "Quattrocento", "Bold", "serif", "train", "npm:quattrocento"),
    ("lusitana", "lusitana-latin-400-normal.woff", "Lusitana", "Regular", "serif", "train", "npm:lusitana"),
    ("neuton", "neuton-latin-400-normal.woff", "Neuton", "Regular", "serif", "train", "npm:neuton"),
    ("alike", "alike-latin-400-normal.woff", "Alike", "Regular", "serif", "train", "npm:alike"),
    ("yeseva-one", "yeseva-one-latin-400-normal.woff", "Yeseva One", "Regular", "display", "train", "npm:yeseva-one"),
    ("ultra", "ultra-latin-400-normal.woff", "Ultra", "Regular", "display", "train", "npm:ultra"),
    ("rozha-one", "rozha-one-latin-400-normal.woff", "Rozha One", "Regular", "display", "train", "npm:rozha-one"),
    ("aleo", "aleo-latin-400-normal.woff", "Aleo", "Regular", "slab", "train", "npm:aleo"),
    ("aleo", "aleo-latin-700-normal.woff", "Aleo", "Bold", "slab", "train", "npm:aleo"),
    ("bree-serif", "bree-serif-latin-400-normal.woff", "Bree Serif", "Regular", "slab", "train", "npm:bree-serif"),
    ("patua-one", "patua-one-latin-400-normal.woff", "Patua One", "Regular", "slab", "train", "npm:patua-one"),
    ("enriqueta", "enriqueta-latin-400-normal.woff", "Enriqueta", "Regular", "slab", "train", "npm:enriqueta"),
    ("glegoo", "glegoo-latin-400-normal.woff", "Glegoo", "Regular", "slab", "train", "npm:glegoo"),
    ("slabo-27px", "slabo-27px-latin-400-normal.woff", "Slabo 27px", "Regular", "slab", "train", "npm:slabo-27px"),
    ("kameron", "kameron-latin-400-normal.woff", "Kameron", "Regular", "slab", "train", "npm:kameron"),
    ("kameron", "kameron-latin-700-normal.woff", "Kameron", "Bold", "slab", "train", "npm:kameron"),
    ("bevan", "bevan-latin-400-normal.woff", "Bevan", "Regular", "slab", "train", "npm:bevan"),
    ("copse", "copse-latin-400-normal.woff", "Copse", "Regular", "slab", "train", "npm:copse"),
    ("trocchi", "trocchi-latin-400-normal.woff", "Trocchi", "Regular", "slab", "train", "npm:trocchi"),
    ("overpass-mono", "overpass-mono-latin-400-normal.woff", "Overpass Mono", "Regular", "mono", "train", "npm:overpass-mono"),
    ("red-hat-mono", "red-hat-mono-latin-400-normal.woff", "Red Hat Mono", "Regular", "mono", "train", "npm:red-hat-mono"),
    ("noto-sans-mono", "noto-sans-mono-latin-400-normal.woff", "Noto Sans Mono", "Regular", "mono", "train", "npm:noto-sans-mono"),
    ("cutive-mono", "cutive-mono-latin-400-normal.woff", "Cutive Mono", "Regular", "mono", "train", "npm:cutive-mono"),
    ("azeret-mono", "azeret-mono-latin-400-normal.woff", "Azeret Mono", "Regular", "mono", "train", "npm:azeret-mono"),
    ("martian-mono", "martian-mono-latin-400-normal.woff", "Martian Mono", "Regular", "mono", "train", "npm:martian-mono"),
    ("spline-sans-mono", "spline-sans-mono-latin-400-normal.woff", "Spline Sans Mono", "Regular", "mono", "train", "npm:spline-sans-mono"),
    ("sometype-mono", "sometype-mono-latin-400-normal.woff", "Sometype Mono", "Regular", "mono", "train", "npm:sometype-mono"),
    ("victor-mono", "victor-mono-latin-400-normal.woff", "Victor Mono", "Regular", "mono", "train", "npm:victor-mono"),
    ("share-tech-mono", "share-tech-mono-latin-400-normal.woff", "Share Tech Mono", "Regular", "mono", "train", "npm:share-tech-mono"),
    ("oxygen-mono", "oxygen-mono-latin-400-normal.woff", "Oxygen Mono", "Regular", "mono", "train", "npm:oxygen-mono"),
    ("dm-mono", "dm-mono-latin-400-normal.woff", "DM Mono", "Regular", "mono", "train", "npm:dm-mono"),
    ("dm-mono", "dm-mono-latin-400-italic.woff", "DM Mono", "Italic", "mono", "train", "npm:dm-mono"),
    ("b612-mono", "b612-mono-latin-400-normal.woff", "B612 Mono", "Regular", "mono", "train", "npm:b612-mono"),
    ("just-another-hand", "just-another-hand-latin-400-normal.woff", "Just Another Hand", "Regular", "script", "train", "npm:just-another-hand"),
    ("kristi", "kristi-latin-400-normal.woff", "Kristi", "Regular", "script", "train", "npm:kristi"),
    ("dawning-of-a-new-day", "dawning-of-a-new-day-latin-400-normal.woff", "Dawning of a New Day", "Regular", "script", "train", "npm:dawning-of-a-new-day"),
    ("mynerve", "mynerve-latin-400-normal.woff", "Mynerve", "Regular", "script", "train", "npm:mynerve"),
    ("playpen-sans", "playpen-sans-latin-400-normal.woff", "Playpen Sans", "Regular", "script", "train", "npm:playpen-sans"),
    ("playpen-sans", "playpen-sans-latin-700-normal.woff", "Playpen Sans", "Bold", "script", "train", "npm:playpen-sans"),
    ("shantell-sans", "shantell-sans-latin-400-normal.woff", "Shantell Sans", "Regular", "script", "train", "npm:shantell-sans"),
    ("shantell-sans", "shantell-sans-latin-700-normal.woff", "Shantell Sans", "Bold", "script", "train", "npm:shantell-sans"),
    ("sedgwick-ave", "sedgwick-ave-latin-400-normal.woff", "Sedgwick Ave", "Regular", "script", "train", "npm:sedgwick-ave"),
    ("pompiere", "pompiere-latin-400-normal.woff", "Pompiere", "Regular", "script", "train", "npm:pompiere"),
    ("mansalva", "mansalva-latin-400-normal.woff", "Mansalva", "Regular", "script", "train", "npm:mansalva"),
    ("square-peg", "square-peg-latin-400-normal.woff", "Square Peg", "Regular", "script", "train", "npm:square-peg"),
    ("klee-one", "klee-one-latin-400-normal.woff", "Klee One", "Regular", "script", "train", "npm:klee-one"),
    ("comic-relief", "comic-relief-latin-400-normal.woff", "Comic Relief", "Regular", "script", "train", "npm:comic-relief"),
]


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(cache):
    """Download every package once into cache and copy the listed fonts and licence texts."""
    for pkg, (version, _, extra_licences) in DEBIAN.items():
        target = os.path.join(cache, pkg)
        if not os.path.isdir(target):
            subprocess.run(["apt-get", "download", f"{pkg}={version}"], cwd=cache, check=True)
            deb = next(f for f in os.listdir(cache) if f.startswith(pkg + "_") and f.endswith(".deb"))
            subprocess.run(["dpkg-deb", "-x", deb, target], cwd=cache, check=True)
    for name, (version, _) in NPM.items():
        target = os.path.join(cache, "npm-" + name)
        if not os.path.isdir(target):
            subprocess.run(["npm", "pack", f"@fontsource/{name}@{version}"], cwd=cache, check=True)
            os.makedirs(target)
            subprocess.run(["tar", "xzf", f"fontsource-{name}-{version}.tgz", "-C", target], cwd=cache, check=True)
    for directory, file_name, _, _, _, _, source in FONTS:
        os.makedirs(os.path.join(FONTS_DIR, directory), exist_ok=True)
        kind, key = source.split(":")
        if kind == "deb":
            root = os.path.join(cache, key, "usr/share/fonts")
            found = [os.path.join(d, file_name) for d, _, files in os.walk(root) if file_name in files]
            shutil.copyfile(found[0], os.path.join(FONTS_DIR, directory, file_name))
            shutil.copyfile(os.path.join(cache, key, "usr/share/doc", key, "copyright"),
                            os.path.join(FONTS_DIR, directory, "COPYRIGHT.debian.txt"))
            for licence in DEBIAN[key][2]:
                shutil.copyfile(os.path.join("/usr/share/common-licenses", licence),
                                os.path.join(FONTS_DIR, directory, licence + ".txt"))
        else:
            package = os.path.join(cache, "npm-" + key, "package")
            shutil.copyfile(os.path.join(package, "files", file_name), os.path.join(FONTS_DIR, directory, file_name))
            licence_name = "OFL.txt" if NPM[key][1] == "OFL-1.1" else "Apache-2.0.txt"
            shutil.copyfile(os.path.join(package, "LICENSE"), os.path.join(FONTS_DIR, directory, licence_name))


REQUIRED_CODE_POINTS = list(range(0x21, 0x7F)) + list(range(0xC0, 0x100))


def check_font(path):
    """Return the problems that make a font unfit for the corpus, or an empty list.

    A font must map every code point in REQUIRED_CODE_POINTS, and its 'a' must not have the same
    outline as its 'A', which all-caps fonts fail. NOTE: a small-caps font whose 'a' is a smaller
    'A' passes this check, so such fonts must be kept out of FONTS by hand.
    """
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.ttLib import TTFont
    font = TTFont(path, lazy=True)
    cmap = font.getBestCmap()
    missing = [f"U+{cp:04X}" for cp in REQUIRED_CODE_POINTS if cp not in cmap]
    if missing:
        return [f"missing {len(missing)} required code points, first {missing[:5]}"]
    glyphs = font.getGlyphSet()
    outlines = []
    for char in "aA":
        pen = DecomposingRecordingPen(glyphs)
        glyphs[cmap[ord(char)]].draw(pen)
        outlines.append(pen.value)
    if cmap[ord("a")] == cmap[ord("A")] or outlines[0] == outlines[1]:
        return ["'a' has the same outline as 'A' (an all-caps font)"]
    return []


def manifest():
    entries = []
    for directory, file_name, family, style, kind, split, source in FONTS:
        path = os.path.join(FONTS_DIR, directory, file_name)
        problems = check_font(path)
        if problems:
            sys.exit(f"{directory}/{file_name} is unfit for the corpus: {'; '.join(problems)}. "
                     "Remove it from FONTS.")
        source_kind, key = source.split(":")
        if source_kind == "deb":
            version, licence, _ = DEBIAN[key]
            source_text = f"debian:{key}={version}"
        else:
            version, licence = NPM[key]
            source_text = f"npm:@fontsource/{key}@{version}"
        entries.append({
            "file": f"{directory}/{file_name}", "family": family, "style": style, "kind": kind,
            "license": licence, "source": source_text, "sha256": sha256(path), "split": split,
        })
    families = {}
    for entry in entries:
        families.setdefault(entry["family"], set()).add(entry["split"])
    mixed = [family for family, splits in families.items() if len(splits) > 1]
    if mixed:
        sys.exit(f"Families in more than one split: {mixed}")
    document = {"version": 1, "baseFont": BASE_FONT, "fonts": entries}
    with open(os.path.join(FONTS_DIR, "manifest.json"), "w") as out:
        json.dump(document, out, indent=2)
        out.write("\n")
    print(f"{len(entries)} fonts, {len(families)} families")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fetch", action="store_true", help="download the packages and copy fonts and licences")
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "glyphgan-font-cache"))
    args = parser.parse_args()
    logging.getLogger("fontTools").setLevel(logging.ERROR)  # old 'created' timestamps in the head table
    if args.fetch:
        os.makedirs(args.cache, exist_ok=True)
        fetch(args.cache)
    manifest()
