"""Build ``benchmarks/data/noisy_comments3_dev.jsonl`` and ``_holdout.jsonl`` (labels hand-written).

Real YouTube video comments: the YouTube Spam Collection (T. C. Alberto, J. V. Lochter,
T. A. Almeida, "TubeSpam: Comment Spam Filtering on YouTube", ICMLA 2015; UCI Machine
Learning Repository, CC BY 4.0), the comments of five music videos, as committed in the
public repository ``ScribbleDribble/Spam-Detector-Text-Classification`` at commit
``565940d8e8be3f555e3e60a5876844d491bd4901`` (``data/Youtube0[1-5]-*.csv``, SHA-256 pinned
in ``SOURCES``). Only each comment's ``CONTENT`` is kept (not its author's display name):
HTML entities decoded, ``<br />`` turned into a newline, the trailing U+FEFF the collection
appends and surrounding spaces cut, nothing else.

Split, fixed before reading (2026-12-05 19:25 UTC): the five files ordered by the SHA-256 of
their file name; the first three (Eminem, LMFAO, Psy) are ``dev``, the last two (Katy Perry,
Shakira) ``held_out``, so no video's comments are in both parts. Selection, fixed before
reading: in each file, in file order, the comments of 15 to 350 characters, every
``len // 100``-th one, the first 100 (19:25 UTC); and, added at 19:27 UTC after the first
sample's development part gave 69 spans of the ~100 wanted and before any comment of the
second sample was read, the comments half a step after each of those (``positions``): 200 a
file, less one comment the Eminem file holds twice (same id, next row; kept once). Labelling rules: benchmarks/corpus/README.md ("YouTube
comments").

Run ``python -m benchmarks.corpus._youtube DIR`` (a git directory holding that commit) to
rebuild both files.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import re
import subprocess
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._noisy_labels import _URL

COMMIT = "565940d8e8be3f555e3e60a5876844d491bd4901"
DATA = Path(__file__).resolve().parents[1] / "data"
OUT = {
    "dev": DATA / "noisy_comments3_dev.jsonl",
    "held_out": DATA / "noisy_comments3_holdout.jsonl",
}
LICENCE = "CC BY 4.0 (YouTube Spam Collection, UCI)"
SOURCES = {
    "Youtube01-Psy.csv": "36ce8304361563275d034db5b88091c0fedef43400dcbb180413046da52d8b52",
    "Youtube02-KatyPerry.csv": "902c614f8ef24f987d6f614d7e6111aa5160b89a0646b68e007bd6044a3d123b",
    "Youtube03-LMFAO.csv": "702ef589860a1831956f527760a3d9737ef8a07ab36c7de35b92b8898b8c3928",
    "Youtube04-Eminem.csv": "92f54eb6b22fdf3b7ae85e1f500e5aa7442edd025e504b988a97078756187e76",
    "Youtube05-Shakira.csv": "1d8ab47b71e8037c51183b2fc62f0591a48a4b54f3a4f5d9d3043113b274e98e",
}
N = 100
P, L = "PERSON", "LOCATION"

# Record id -> (surface text, entity); every whole-word occurrence outside a URL is labelled.
# Written from reading the comments, before any detector ran on them.
LABELS: dict[str, list[tuple[str, str]]] = {
    # dev: Psy
    "yt-psy-LZQPQhLyRh80UYxNuaDWhIGQYNQ96IuCg-AYWqNPjpU": [("kobyoshi02", P)],
    "yt-psy-z13kszcinpnvc34v2234fnpxkpmlw3nhc04": [("kyle", P)],
    "yt-psy-z120y3ribybzdf3fj23sf1rpgq3cex0sh": [("Martin Luther  King Jr.", P)],
    "yt-psy-z12rc1ebfvrmufz5w04ccl2pmt3ih5dymq40k": [("chuck norrus", P)],
    "yt-psy-z123e1gg3zyuf30ox04cdtbzgmaby3ehjc0": [("Lucas Trigo", P)],
    "yt-psy-z13tczojhrqbjhv2c23kfby5wpysgpopa04": [("visuelgamingzNL", P)],
    "yt-psy-z12rsjsiimjkjfkwt04ccbgosvrbgxupxu00k": [("PSY", P)],
    "yt-psy-z13dgdl4hyirg3gcd23pw3nw0zrsebpqb04": [("Justin bieber", P)],
    "yt-psy-z13mtrjqsqzliho5w04cex3zmoqfvnpgyys0k": [("Chubbz Dinero", P)],
    "yt-psy-z132fb4jenqfv5x2r23swfmiyrafyf5ue": [("Little Psy", P)],
    "yt-psy-z13vc32olxm2znkjz04cd35gnozjebqhlig": [("america", L)],
    "yt-psy-z12ts1xbpzv4sfrsd23rfbjourjgcj5mo": [("Hyuna", P)],
    "yt-psy-z13fgt5wtsf3znibb04cgrfgasztuv5q5wk0k": [("MICHAEL JACKSON", P)],
    "yt-psy-z12mfnjahrvcgjh4004cdf3buuzshjsrzhw": [("PSY", P)],
    "yt-psy-z13vhnh5ewvdyzh3o23bjz55lxbwjznor04": [("Freddy Mercury", P), ("Miley Cirus", P)],
    "yt-psy-z13fdvwhykzhuldpn04cfdtwkyqterlavnk0k": [("VaahidMustafic", P)],
    # dev: LMFAO
    "yt-lmfao-z12sfpazjvv3s3tss23hdhgacwasjjemb": [("Mahogany", P)],
    "yt-lmfao-z13ydf2g2z3lz1ids22zy50ocn2hvxfn2": [("Nepal", L)],
    "yt-lmfao-z12xdtdgitfgyxa0y23sxbvrwp3owpjgd04": [("Lauren Bennett", P), ("GoonRock", P)],
    "yt-lmfao-z132wbtj1qazyhruq235g5wpgqqmfpgee": [("SuperMarioLogan", P)],
    "yt-lmfao-z12fgphykwn0vb2du23ftzmjulq0z1olv": [("Russia", L)],
    "yt-lmfao-z124jvbxusjnsn2oi04cidm5hqmoftu4ovg0k": [("pander26", P), ("sander.nicolaysen2", P)],
    "yt-lmfao-z13uu5dyinf2yplb504civzz5obby5baucg": [("therealterrell_", P)],
    # dev: Eminem
    "yt-eminem-z13xjfr42z3uxdz2223gx5rrzs3dt5hna": [("Palastine", L)],
    "yt-eminem-z13puxp4xp35shhfy22bxx5pqlecxhqgc04": [("Charlie", P)],
    "yt-eminem-z13gvxshio2lcx1fx22oc3jplwmhzrpsz": [("AUSTRALIA", L)],
    "yt-eminem-LneaDw26bFt7RP87Zm4xWaDRwG5SE0XUHC_YBbvPQhQ": [("Eminem", P)],
    "yt-eminem-z13ui5tzlzucinaab04chvzqps22cxhznxc0k": [("megan fox", P)],
    "yt-eminem-LneaDw26bFuiuUSZ-vXu3wz5XEsS6fhI7SHFsSXLcdo": [("justin Bieber", P), ("alfred", P)],
    "yt-eminem-z134d5u5gkeeudxkj234wpgbxxezi1eb104": [("eminem", P)],
    "yt-eminem-z13sy3uphtayfrujz04citigxpnfj5c4gk00k": [("Megan Fox", P)],
    "yt-eminem-LneaDw26bFsJd_Nwz5Hi7qWxPhPBjDRYOlUjtLgDwsk": [("Dante B", P)],
    "yt-eminem-LneaDw26bFt2UN5Rat9A-sFv7kHQK3u5BwCCi0L8W1s": [("Dante B", P)],
    "yt-eminem-z13hdld4pqabztczx04cgvka1wnvtlxaxqk0k": [("eminem", P)],
    "yt-eminem-LneaDw26bFvF20ISV3_bAs2_rN15DyE6cTqB-iNAgkY": [("Em", P)],
    "yt-eminem-z12uzrtwrxnfxrh3h22bzbuhekqzzp4mh": [("Eminem", P)],
    "yt-eminem-LneaDw26bFt_sZxaSVD4YYGDWlCcEfLjcNyYrRWcSrg": [("Eminem", P), ("Micheal Jackson", P)],
    "yt-eminem-LneaDw26bFtw9HLRdHT6M-zQCNCHF7b6j-vqweZRKh0": [("Eminem", P), ("Kid Cudi", P)],
    "yt-eminem-z12xtnzbxomaglq4k04cfzpwiovxizj5l5o": [("Eminem", P)],
    "yt-eminem-LneaDw26bFsHybGKD92nHxbPKLFPvfv-HQtTPXZV1B8": [("hermann buchmair", P)],
    "yt-eminem-z12bwhjbwl3twfayl04cjl0bfriocdkauk40k": [("Rihanna", P), ("RiRi", P)],
    "yt-eminem-z12avpyabxyzgdpjm04cj5mhyt22jdcbzow0k": [("eminem", P)],
    "yt-eminem-z120djlhizeksdulo23mj5z52vjmxlhrk04": [("Charlie", P)],
    "yt-eminem-z12ufpawowzutdgvb22gsdiatyi4xf4xq04": [("Megan fox", P)],
    "yt-eminem-z12dc1xrjv3zgfpfl22pu5dh4va2upijn04": [("Megan Fox", P), ("Eminem", P)],
    "yt-eminem-LneaDw26bFssNuHM19vJZwZIDvIkQHDPSkv7woLXuO0": [("eminem", P)],
    "yt-eminem-LneaDw26bFviVGu48zFp_sMMENzTpzWdbhRUvgtprCI": [("EMİNEM", P)],
    "yt-eminem-LneaDw26bFsXWfdCYFbqrDwjflNnbdxcinzjRtW2rzw": [("PSY", P)],
    "yt-eminem-z12xu1bi1umyxxs2023ejhfpuumozd45n04": [("Azerbaijan", L)],
    "yt-eminem-LneaDw26bFv2Ps-QqkMShtEbaXEAA7MO4d-ZFRdrrW0": [("Eminem", P)],
    "yt-eminem-z13mh5zhdtrcst5xs04cddwzqtz5yhapzf0": [("Meghan fox", P)],
    "yt-eminem-LneaDw26bFvPh9xBHNw1btQoyP60ay_WWthtvXCx37s": [("Rihanna", P)],
    "yt-eminem-LneaDw26bFtE0-kLDaaiizhZVUyP1tE0FLTPo6TPFPY": [("eminem", P)],
    "yt-eminem-z13affyr3pbbxv0ur235g3dptufrtb5zl04": [("Bulgaria", L)],
    "yt-eminem-LneaDw26bFuH6iFsSrjlJLJIX3qD4R8-emuZ-aGUj0o": [("rihanna", P)],
    "yt-eminem-LneaDw26bFvhyHSmfm28L9EGvDJ-bou6Ze3cVbgCtgU": [("Columbus Nelson", P)],
    "yt-eminem-z13eenia5rqwhvmyw04cgt441wapvbkakzo0k": [("bangladesh", L)],
    "yt-eminem-LneaDw26bFvxJlVsbYMPkvV3LnT9JOJjEg5OsTN9pMo": [("D.j.j", P)],
    "yt-eminem-LneaDw26bFuisc-qZu0BerSXLLjgKlxUD59lcMA8W_E": [("eminem", P)],
    "yt-eminem-LneaDw26bFvRgBzOd9MQ1jh0Cmt8vuPTQvOZboi-s24": [("justing bieber", P), ("taylor swift", P)],
    # dev, second sample: Psy
    "yt-psy-z13phfyxhovav1hl122bf5iidumufzbel": [("codytolleson", P)],
    "yt-psy-z12tcdxa5k3bsvtqh04ccnaqusj1vvfju3s": [("Kamal Tayara", P)],
    "yt-psy-z132v5iajkjuhfkyn04cg3mxclnnzj0yxmo0k": [("asia", L)],
    "yt-psy-z135f3rwwnjafnnrv04cirmifl3lipewgl40k": [("china", L)],
    "yt-psy-z13gypjrmumhxromj23jyjhhenvdgpuxh04": [("JB", P)],
    "yt-psy-z12wsx5amr3ahbgl122mc5qr5v23vnist": [("Psy", P)],
    "yt-psy-z13zxdkalk3ryvxr004cj1vabkn2dvcyusg0k": [("__killuminati94", P)],
    "yt-psy-z12lg1vizrmsgxm3q23oij4aqrjxjdd1p": [("mscalifornia95", P)],
    "yt-psy-z13oc52ihn22tfz3n231vv4bvxrujn0f0": [("_chris_cz", P)],
    "yt-psy-z130i3yaexrmtxyic04ccnk5hwvfs33as0c": [("PSY", P)],
    "yt-psy-z13iwppp5kf4gnyxn04cjns5kzn4xd0qdwk0k": [("US", L)],
    "yt-psy-z12eex1wzu2ky35en22wfpswwxjqynsus": [("PSY", P)],
    "yt-psy-z13csxapuz2ggji2n23dsfhobq30yhle1": [("PSY", P)],
    "yt-psy-z12wz33h0vbdcdel022hu3npdufjjx2mv": [("Justin  bieber", P)],
    # dev, second sample: LMFAO
    "yt-lmfao-z120tv4aborbjtpuo22ecxvx2rqmsrhck": [("Lauren Bennett", P), ("Goo", P)],
    "yt-lmfao-z12mzfsy0mypfvcy404ccdvqmyq5gzqazow0k": [("Vanoss", P)],
    "yt-lmfao-z12vsvqwqyjiinvj204cjjjyflbgvbsgtlg0k": [("shrek", P)],
    "yt-lmfao-z133hrmoltquclguh23luxkq2w2zgj1vz": [("jesses", P)],
    "yt-lmfao-z13yu32w3mrltv3qk04cjztj2wmos54qfss0k": [("Laura Bennett", P)],
    "yt-lmfao-z13evxpranjhwr20s22mux2pkk33gxjmn": [("Lauren Bennett", P)],
    # dev, second sample: Eminem
    "yt-eminem-z12gxdortqzwhhqas04cfjrwituzghb5tvk0k": [("Pakistan", L)],
    "yt-eminem-z13nsd141x24yjh2m224xvlhisrqet4pj04": [("John Rage", P), ("Eminem", P)],
    "yt-eminem-z12xurdj0qznephwg04cftq5rszgxdnq0xw0k": [("Rihanna", P), ("Eminem", P)],
    "yt-eminem-z12ruf1qbzv5xxdqq04cgjmiknmhx1mq314": [("Eminem", P), ("Bieber", P)],
    "yt-eminem-z12hsdhwjqesj54wz04cc5aikwemsrarvak": [("canibus", P), ("eminem", P), ("linz", P)],
    "yt-eminem-z130wtjzpzjvzdtrf04cd5e4zpehgro5eoo0k": [("Eminem", P)],
    "yt-eminem-z12vv12yzxuzhnaw104cg3hyboiwyvc4ea0": [("50 Cent", P)],
    "yt-eminem-z12ujdnhpwroej3rd04cgrlguunjdnfwmkc0k": [("EMINEM", P)],
    "yt-eminem-z13fybbinsbfsxkmp22xcdlr1lqjuzi5i04": [("Eminem", P)],
    "yt-eminem-LneaDw26bFsrleSoC9hVAdk8QmJCwfmQ1BuBDhQBQ6E": [("Eminem", P)],
    "yt-eminem-z12buhk4iou1g3jl322ts5mzltm4fdhpz04": [("Charlie", P)],
    "yt-eminem-LneaDw26bFutstEGU6gC3skDv8gnI8WnvWwvbuw3TP0": [("Dante B", P)],
    "yt-eminem-z13sgp25fzybg11lc23bhncaipqvgz14q04": [("Rihanna", P)],
    "yt-eminem-LneaDw26bFt04z-5gd60QQsZAfjRxMsf7yqOomgDuvg": [("j rants", P), ("eminem", P)],
    "yt-eminem-LneaDw26bFtiRx1bZC7n8eZ5ZsRoXrrrfdVu_92PJd4": [("EMINEM", P), ("EMINEMS", P)],
    "yt-eminem-LneaDw26bFtwtT8_LopWaaxY8Oyx9gsb7cJXYi2g9_E": [("dakota", P)],
    "yt-eminem-z12wxljzemu3y5op504chzxqwkqkezor5nw0k": [("Eminem", P), ("Rihana", P)],
    "yt-eminem-z12oipfxfzrndpzvj22ae30gytqufhgrl04": [("Eminem", P)],
    "yt-eminem-z132sv2requjwv5rt04chf5hvqmlx3taayw0k": [("Charlie", P)],
    "yt-eminem-LneaDw26bFvtmJorLbUQjuqmpL7TdjOKPGJT_DGUUJ4": [("EMINEM", P)],
    "yt-eminem-z13xxbfocuaewj0jl04cgbcioua2ht0zxjo": [("eminem", P), ("RIHANNA", P)],
    "yt-eminem-LneaDw26bFveIkl-BacAwMBXwQ4Sb4AH7IWbGVvmtB8": [("SnEakiESTG", P)],
    "yt-eminem-LneaDw26bFs2NLsTvDF3gXDLwcFi31Wf-kN6cQv8tOs": [("keithlinscotts", P)],
    "yt-eminem-z13pi3zgwsqlitvtb23nzjermmfivrvrl04": [("Charlie", P)],
    "yt-eminem-LneaDw26bFsEJWfgAAquASY-phBHckFFppU0EKqD-yY": [("eminem", P)],
    "yt-eminem-LneaDw26bFsOYjjXTrDu7GwukppwT8U_8uWaxcdut44": [("Rihanna", P)],
    "yt-eminem-LneaDw26bFtleYKQHQZ7EJNapbBNzTiP3Yzy8i_2Dmc": [("psy", P)],
    "yt-eminem-LneaDw26bFuFItWTKmffBRPA4v3HwunSq-ceF3kwQZ4": [("rihanna", P)],
    "yt-eminem-LneaDw26bFuGts11KE-vf8DxNybKxvOCLkkkExJk2pk": [("Big Pun", P)],
    "yt-eminem-z13csrxzhwnis5zg404cdxpyrpbvtdcocz40k": [("EMINEM", P)],
    "yt-eminem-z12wddhwuqintd14y04cif5i5z3vxjfwd5s": [("megan fox", P)],
    "yt-eminem-LneaDw26bFtALaOnhQgvfdsxEfR5GGMiiqg8sneY-xg": [("87 cypher", P)],
    "yt-eminem-LneaDw26bFtI-0_UfYJ5VmhFKI63wbPsqzmdZkuvXd4": [("Andrew Guasch", P)],
    "yt-eminem-LneaDw26bFuR9smjLJUhkDMS-5WcFp80WGZVHVi9Tsw": [("Eminem", P)],
    "yt-eminem-LneaDw26bFuiTZZU8HrWJPqWfqnrKTtUXy7-rTnPwfU": [("lil m", P)],
    "yt-eminem-LneaDw26bFuULuFdET2q7Xmn9oRQXq3oLyk8736meZ0": [("Terrance", P)],
    "yt-eminem-z13isrygru30wbjmy23refqxdzizyp3xy04": [("Megan Fox", P)],
    "yt-eminem-z121z5mziy20ybch504cdziq1rvcev5apg4": [("Charlie", P), ("Megan Fox", P), ("claire", P)],
    "yt-eminem-z12qy53q0kfzxby4304cflvpxnr1gxjrlrg0k": [("Eminem", P)],
    "yt-eminem-LneaDw26bFtHv3jHn8C0y5MliNA2oqkPogUL4HmsZPQ": [("Lil m", P)],
    # held_out: Katy Perry
    "yt-katyperry-z12bxv4olmv3j1i2w232y5awruz3i1rva": [("Katie", P)],
    "yt-katyperry-z123gzjyszflihgih04cdzeblxuifpxzbes": [("shikas", P)],
    "yt-katyperry-z12ddjvqypyusrssu22ewddagoagu1k2v": [("katy perry", P)],
    "yt-katyperry-z123uflrqpqwzvhts23pfr3jht3ue1kaf04": [("MILEY CYRUS", P)],
    "yt-katyperry-z121tz2zhzjgercem23yttsqvnuijljql04": [("katy perry", P)],
    "yt-katyperry-z13jhj1wdzmiwjdjn04ccx2gfpynuzyjo4w": [("Katy Perry", P)],
    "yt-katyperry-z12kjjlhsmiqsfzrb04ch5i5rt2qvbahppg0k": [("katy perry", P)],
    "yt-katyperry-z131i52zez2uythxs04chxi45y2otxcjcw00k": [("Katy", P)],
    "yt-katyperry-z13ncdbb1urrxdhcs22gfp35gkqiuhgcr": [("Katy perry", P), ("katy", P)],
    "yt-katyperry-z12ax3ozzsjafnboe04civtrlxzzxtbbaxs0k": [("SHELDON", P)],
    "yt-katyperry-z13dgdph5vnutpnq004ci3lbtymmtlphrto0k": [("Leah", P)],
    "yt-katyperry-z13oilua4nu5ulzs122xvdc5skfqzfy5y04": [("KATY PERRY", P)],
    "yt-katyperry-z13wwx4g2wmufxn0t235flwo5qu2sdrs3": [("Katy Perry", P)],
    "yt-katyperry-z12njp45xonlypf2x23ketjjpzjee3cyt04": [("katy", P)],
    "yt-katyperry-z13kdx4bjwevyfhfy222jhvo2nvsdxzyt04": [("Katy Perry", P)],
    "yt-katyperry-z13wxrja2ny2jfq0r22ojhwwdpimt5ogu04": [("Katy Perry", P)],
    "yt-katyperry-z12ijdi5kuimjphgy04cjzxxzyusg3xjoyc0k": [("Katty perry", P)],
    "yt-katyperry-z13jffkgavyhv5tkq22lyboo2subj1vu0": [("Katy Perry", P)],
    "yt-katyperry-z12jj5kyfrjjhbq4e04cenuj1yyifhxq3hw": [("katy", P)],
    "yt-katyperry-z13derchioqxifr1m22pztjgvwuewvtz404": [("Katy perry", P)],
    "yt-katyperry-z13vdlhzymiuvvd2h224yxwomxrhczqdw": [("Katy Perry", P)],
    "yt-katyperry-z13mhf4b5pqigtmgp04cf3korzytgzwqwsg0k": [("Katy perry", P)],
    "yt-katyperry-z12pdlwxuwmktfmoq04civd5ypmzv5np0os0k": [("KATY PARRY", P)],
    "yt-katyperry-z12auh0b1vajetih404cfbl5uyfehpi4kb4": [("Katy Perry", P)],
    "yt-katyperry-z13gw3uz2kfkcf3np22nsvz4zkr0u5xzl04": [("katy perry", P)],
    "yt-katyperry-z12ojhxjqrnqj5rlc22bivs5jnmkhrylt": [("Belarus", L)],
    "yt-katyperry-z13pupugayfozd3zn04cc3kaim3qttfoh2s": [("freyacumqueen", P)],
    "yt-katyperry-z12odl0g1lv2sny2a23mxtijuvftznai404": [("Katy", P)],
    "yt-katyperry-z12kulnquwqogxxj104chtgr4vbxvt4zg5k": [("KATY", P)],
    "yt-katyperry-z12kzxgg4w2ptbq2j23nv3sxorekzri1j": [("cece", P)],
    "yt-katyperry-z12jxb3rkze0jljrq04cib0xbxbrt3mae1k": [("axeljonssons", P)],
    "yt-katyperry-z12wzpww1rnqwjq0223dd5gofvzbwjqth": [("KATTY PERRY", P)],
    "yt-katyperry-z13qdpxqiziasxzsv234hhqoeretuhabc04": [("katy perry", P)],
    "yt-katyperry-z13xuxwywsewv3dvu23jgfig3um3ct5vv": [("katy", P)],
    "yt-katyperry-z133x1cptruyddomf230yx1zfwqhfzoxs04": [("KATY", P)],
    "yt-katyperry-z13yfl2wqnzjynufz23dejrjetqedzgqx04": [("Taylor Swift", P)],
    "yt-katyperry-z12dynswht2rujq1e22xi5dappq1vrlh504": [("Katy Perry", P)],
    "yt-katyperry-z12czbcjtzzjxfz5p04cffk5xsztwvsrop00k": [("katheryn", P), ("katy", P)],
    "yt-katyperry-z135jfhquofkjjxam04cdraphzuxxry4iso0k": [("LuckyMusiqLive", P)],
    "yt-katyperry-z12uwdpwjlnrvvuri04chd4ojrfrhvzjjls0k": [("Katy Perry", P)],
    "yt-katyperry-z13ez3wxdsnjv1dej22uedkr2vbsgj2m3": [("Katy Perry", P)],
    "yt-katyperry-z122sdu5jnnwsr0kf23aghaz5rnkijtkl": [("Katy", P)],
    "yt-katyperry-z13bcdoyolulstiif04cef2bvmepy1i54k40k": [("Perry", P)],
    "yt-katyperry-z123tv1ijsqaz5tv123atxqy3wj5j5mqg04": [("Michael", P)],
    "yt-katyperry-z12whdyrktazxzbls22jjjaz5tvohh0nz": [("Justin", P), ("Katy", P)],
    "yt-katyperry-z13hhrvguty1drrkk23ie1ywjn31zj0sl": [("Katy", P)],
    "yt-katyperry-z122g12wzuztdjac4232jxuomqylcfjhc04": [("Katy Perry", P), ("Katy  Perry", P)],
    "yt-katyperry-z13qh3azhtvkvbypn04cflwaxoz5x51bip00k": [("Katy Perry", P)],
    "yt-katyperry-z12cvzca1qi3frejt04chrbhzsekxxopids": [("Katy  Perry", P)],
    "yt-katyperry-z12esjnx1qn4vhywy04cfvpaunnxtvhbpnw0k": [("Katy Perry", P)],
    "yt-katyperry-z125tj4zjlngxfvxr04cg5wyhkmxhxloesk0k": [
        ("Katy Perry", P), ("Denis Shmelev", P), ("Alex Serov", P),
    ],
    "yt-katyperry-z12tchtw5m2ff5oyl04cjnl4oofcgx0y1is": [("Katy", P)],
    # held_out: Shakira
    "yt-shakira-z133stly3kete3tly22petvwdpmghrlli": [("shakira", P)],
    "yt-shakira-z12uujnj2sifvzvav04chpypvofvexpoggg": [("Shakira", P)],
    "yt-shakira-z135hlk5grfwjhmym04ced0gyzrvsn5avuw0k": [("shakira", P)],
    "yt-shakira-z121cvvqftuvuz1ld22pe3agcsepzhhtt": [("Shakira", P)],
    "yt-shakira-z12bhf4rzpjsvjmcw22ghd4j4qeqfthpm04": [("Iniesta", P), ("Netherlands", L)],
    "yt-shakira-z13xwz5p3xq4zxdyv04cir2ammejxj15n2c": [("Axy665", P)],
    "yt-shakira-z12yxbpp3rurin5wc04cf3sqmlrvwlhzgao": [("Shakira", P)],
    "yt-shakira-z13lgjaxhnbzuxxmd22iyh24cwqqwpfiz04": [("Shakira", P)],
    "yt-shakira-z13ywdzqsnmjhts2v22qzrhpxzn5frizg04": [("shakira", P)],
    "yt-shakira-z12csjyqqru3tvlcb22hz3vrrn3jzfzyg04": [("shakira", P)],
    "yt-shakira-z13uw5rqqwu4ufqli224fvzryy2vwlyk4": [("Africa", L), ("Ricky Martin", P)],
    "yt-shakira-z13lhxc4yoidt5hdn23jydg5nkuehblxs04": [("Sam", P)],
    "yt-shakira-z12uvzpw4tufgf2qw04chd5abu3uvf4rw5o": [("shakira", P)],
    "yt-shakira-z13rg14qosy3uvqz204cf1eaotyyjbyx1ec": [("Shakira", P)],
    "yt-shakira-z12iyf2wkybwerg5104cddairnrzf5vwoog0k": [("Shakira", P)],
    "yt-shakira-z13rgdjjjzmkuhnvf23dd1wxkqzwvjiij04": [("Africa", L)],
    "yt-shakira-z13fyrra1pres5hbj04chzwabkels11pe5c": [("SHAKIRA", P)],
    "yt-shakira-z13cw35rwznvud1jt04cgl4zfpaqxj2z4qg0k": [("shakira", P)],
    "yt-shakira-z13isvpjcwadtnxfa23sdd0ipp20wzxdd": [("SHAKIRA", P)],
    "yt-shakira-z12ps3yhzryuzlg4504cezaxkwrjx3cpkgg": [("Shakira", P)],
    "yt-shakira-z123ydw50qjkfzm5s04cdlzziubxtz0ijfk": [("patrik kluivert", P)],
    "yt-shakira-z12zujgautikhxpn122mixwjkwavuldmd": [("shakira", P)],
    "yt-shakira-z12ijbn5grjidp3vj23psvhyjvv2djpol04": [("shakira", P)],
    "yt-shakira-z13dfprydrvlvl4u323qy515dzzgtzeej": [("shakira", P)],
    "yt-shakira-z13ccr5putughnbke23ui3kg5mjvhzzyh04": [("shkira", P)],
    "yt-shakira-z12muzijetuwf3qgm04ce1nafxvtj535ao40k": [("Shakira", P)],
    "yt-shakira-z12xi1iaory1jvmlu23xfrayazjrv3jlj": [("Shakira", P), ("Africa", L)],
    "yt-shakira-z13fzxyw3q3bupy0w22oc3wrmu2qdtmu4": [("Gusttavo Lima", P)],
    "yt-shakira-z131uprw3qv4w5iou04cjbbgtvjedpoonvs0k": [("shakira", P)],
    "yt-shakira-z12guhfqxzvgy3sxc04ccblrqxbmvperiqg0k": [("SHAKIRA", P)],
    "yt-shakira-z12bf3fptyfkzh44n04cdbxbnyanujcy2u00k": [("Katy perry", P), ("Katy", P), ("Shakira", P)],
    "yt-shakira-z13oc3rzqy2pwxors04cflibxy2zutsakz40k": [("Shakira", P)],
    "yt-shakira-z125trmyqrbaijwhf04cctobjlq4ixy4gz00k": [("SHAKI", P)],
    "yt-shakira-z124dtzgsrbsw1kxh04cgpdjqlv3ghegsms0k": [("Shakiria", P)],
    "yt-shakira-z12yhleh5k2lcxtr304chn2gatiwur3xhz40k": [("Shakira", P), ("Africa", L)],
    "yt-shakira-z13zhngyrsyeffkvf22cjvtofreiub1lp": [("ej ba", P)],
    "yt-shakira-z13asbvq1n2ttvptn23vd1mpsmnju5n0o": [("Brazil", L)],
    "yt-shakira-_2viQ_Qnc6_J91n3DVA-4R9BjK8WFHtrJvrEn31ogGU": [("Nick", P)],
    "yt-shakira-_2viQ_Qnc68jroUSzJhg6jrxFj86oxZrAtGB_PWbOm4": [("Daneja", P)],
    "yt-shakira-_2viQ_Qnc68DyUSaxqDmv-6yHPVUpKeYAZhrh2PUMZg": [("shakira", P)],
    "yt-shakira-_2viQ_Qnc69wrsSgR2azuokmk5-WDQVVI2lCV-WqJGA": [
        ("US", L), ("EUW", L), ("Germany", L), ("Netherland", L), ("France", L),
        ("Portugal", L), ("Belgium", L), ("Spain", L),
    ],
    "yt-shakira-_2viQ_Qnc6_lxLB2IBIspObma9o3R5-8SwQnc8zq9Sk": [("Shakira", P)],
    "yt-shakira-_2viQ_Qnc6-kUg8jc2n9-Cudm5lEsM-cSzIjF182TJo": [("Miley Cyrus", P)],
    "yt-shakira-_2viQ_Qnc6_xOpLcxFFeUEgEYvQjttGcFYeMZ2lK4yY": [("Miley Cyrus", P)],
    "yt-shakira-_2viQ_Qnc6_7GI-VeVlj8gEzvkgATIX3jK-7J1kwWEY": [("Miley Cyrus", P)],
    "yt-shakira-_2viQ_Qnc680Rh_y5Dlwtkr_llWVOG7ZQdmNVip_dno": [("Shakira", P)],
    "yt-shakira-_2viQ_Qnc6-pgdb3FeyKxBCq6-zYy7OAn_tWkX5Xgz4": [("Shakira", P)],
    "yt-shakira-_2viQ_Qnc6_umVgV0fI-CSScDHuFxNHIVvezCGhajW8": [("Shakira", P)],
    "yt-shakira-_2viQ_Qnc6-TMFClPlfFIBHdy_HbPbLyMhBsuEz5Lj8": [("Shakira", P)],
    "yt-shakira-_2viQ_Qnc69D1Jxs1IlkkF0Xzce0uBoJN_OzDHnfmV0": [("DANEJA", P)],
    "yt-shakira-_2viQ_Qnc69A12xULkAOn5BEAGFKxQTTP02SSbsMsmc": [("MILEY CYRUS", P), ("VINCENT T.", P)],
    "yt-shakira-_2viQ_Qnc69uhVbXr8SjkhLHu7T1HOxqrEF1f6h8vUA": [("JUSTIEN BIEBER", P)],
    "yt-shakira-_2viQ_Qnc69FP_GeK2URWIx47LwY10_rRmCqfFk0_Uc": [("Shakira", P)],
    "yt-shakira-_2viQ_Qnc68d0oIh4oQZVITOixgFDyWwZLzk0gK604I": [("shakira", P)],
    "yt-shakira-_2viQ_Qnc69WextJrbKBgZtDWQiRWlkxS317fouQMYc": [("Africa", L), ("Baba Brinkman", P)],
    "yt-shakira-_2viQ_Qnc69hCwlRZTPP7JejZgoroMu8egbziE1hSAc": [("Africa", L)],
}  # fmt: skip


def parts() -> dict[str, str]:
    """File name -> part: the first three by the SHA-256 of the name are ``dev``."""
    order = sorted(SOURCES, key=lambda f: hashlib.sha256(f.encode()).hexdigest())
    return {f: "dev" if i < 3 else "held_out" for i, f in enumerate(order)}


def positions(n: int) -> list[int]:
    """The selected positions among ``n`` comments: two interleaved samples of ``N``."""
    step = n // N
    return sorted({i * step for i in range(N)} | {i * step + step // 2 for i in range(N)})


def clean(content: str) -> str:
    """A comment's text: entities decoded, ``<br />`` a newline, the trailing U+FEFF cut."""
    return html.unescape(content.replace("<br />", "\n")).strip().strip("\ufeff").strip()


def select(repo: Path) -> list[dict[str, object]]:
    """The selected comments of both parts (the rule in the module docstring), unlabelled."""
    out = []
    for name, part in sorted(parts().items()):
        raw = subprocess.run(
            ["git", "--git-dir", str(repo), "show", f"{COMMIT}:data/{name}"],
            check=True,
            capture_output=True,
        ).stdout
        if hashlib.sha256(raw).hexdigest() != SOURCES[name]:
            raise ValueError(f"not the pinned {name}")
        rows = [
            (row["COMMENT_ID"], clean(row["CONTENT"]))
            for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig").lstrip("\n")))
        ]
        rows = [r for r in rows if 15 <= len(r[1]) <= 350]
        video = name.removesuffix(".csv").split("-", 1)[1].lower()
        out += [
            {
                "id": f"yt-{video}-{cid}",
                "source": f"data/{name}",
                "licence": LICENCE,
                "part": part,
                "text": text,
            }
            for cid, text in (rows[i] for i in positions(len(rows)))
        ]
    return list({str(rec["id"]): rec for rec in reversed(out)}.values())[::-1]


def spans(text: str, labels: list[tuple[str, str]]) -> list[dict[str, object]]:
    """Every whole-word occurrence of each labelled surface outside URLs.

    ``_noisy_labels.spans`` with one change: a surface may follow a dot (``....Michael``,
    ``so much.SHAKIRA``); no labelled surface here is the tail of a dotted handle. An occurrence
    inside a longer labelled surface's occurrence is dropped.
    """
    urls = [m.span() for m in _URL.finditer(text)]
    out = []
    for surface, entity in labels:
        pattern = rf"(?<!\w){re.escape(surface)}(?!\w)"
        found = [m.span() for m in re.finditer(pattern, text)]
        found = [(s, e) for s, e in found if not any(a <= s < b for a, b in urls)]
        if not found:
            raise ValueError(f"label {surface!r} not found")
        out += [(s, e, entity) for s, e in found]
    # A surface inside a longer labelled one (``Katy`` in ``Katy perry``) is that one's part.
    kept = [x for x in out if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in out)]
    return [{"start": s, "end": e, "entity": entity} for s, e, entity in sorted(kept)]


def build(repo: Path) -> list[dict[str, object]]:
    """The labelled corpus, both parts."""
    records = select(repo)
    for rec in records:
        rec["spans"] = spans(str(rec["text"]), LABELS.get(str(rec["id"]), []))
    return records


def main() -> None:
    records = build(Path(sys.argv[1]))
    for part, out in OUT.items():
        _jsonl.write(out, [r for r in records if r["part"] == part])


if __name__ == "__main__":
    main()
