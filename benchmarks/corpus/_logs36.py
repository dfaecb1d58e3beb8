"""Build the thirty-sixth real-text log set: linters' and compilers' output in an editor plug-in's tests.

The text is the console output of some two hundred linters, compilers, checkers and build
tools (GCC, Clang, javac, rustc and cargo, PHP's linter, PHPStan, cmake-lint, rflint,
remark-lint, ESLint, pylint, mypy, ShellCheck, Verilator, and many more) that
``dense-analysis/ale`` (BSD-2-Clause), an asynchronous lint engine for Vim, keeps in its
handlers' tests (``test/handler/*.vader``): each test passes lines of a tool's output to the
handler that reads them.

Selection and split (fixed 2026-12-07 03:45 UTC from the file names alone, before any file was
read; ``benchmarks/corpus/README.md``): a file is one of those ``*.vader`` files. A system is
the tool a file is named after (:func:`tool`), 204 systems. The split is by system, a third
held out (``_logset.holdout_systems``: the names with the smallest SHA-256).
"""

from __future__ import annotations

ALE = "dense-analysis/ale"
SOURCES: dict[str, tuple[str, str]] = {
    ALE: ("e1789bc54483d76ac9ddb40b633d1645c8281914", "BSD-2-Clause"),
}
#: The folder whose ``*.vader`` files test the handlers that read the tools' output.
FOLDER = "test/handler/"
SUFFIX = ".vader"
#: The systems, from the file names at the commit (:func:`tool`), fixed 2026-12-07 03:45 UTC
#: before any file was read.
SYSTEMS = (
    "actionlint", "ada_gcc", "alex", "ameba", "ansible_lint", "appleswiftformat", "asm",
    "atools", "avra", "bandit", "bashate", "bibclean", "bicep_az_bicep", "bicep_bicep",
    "bindzone_checkzone", "bitbake_oelint_adv", "brakeman", "buildifier", "cfn_python_lint",
    "checkmake", "checkov", "checkstyle", "circleci", "clang", "clojure_clj_kondo",
    "clojure_joker", "cloudformation_checkov", "cmake_lint", "coffeelint", "common_handlers",
    "cookstyle", "cppcheck", "cpplint", "credo", "crystal", "csc", "cspell", "cucumber",
    "cuda_nvcc", "cypher_lint", "dafny", "dart_analyze", "deadnix", "debride",
    "desktop_file_validate", "djlint", "dmd", "dockerfile_lint", "dockerlinter", "dogma",
    "drafter", "elmmake", "embertemplatelint", "erblint", "erlang_dialyzer", "erlang_elvis",
    "eslint", "eslint_json", "fecs", "fish", "flake8", "flakehell", "flawfinder", "flow",
    "foodcritic", "fortitude", "fortran", "gawk", "gcc", "ghc", "ghc_mod", "ghdl", "gitlablint",
    "gitlint", "glslang", "go_generic", "gobuild", "golangci_lint", "hadolint", "haskell_stack",
    "hlint", "hurlfmt", "ibm_openapi_validator", "idris", "inko", "ispc_ispc", "javac", "jq",
    "jscs", "ktlint", "lacheck", "languagetool", "lessc", "lilypond", "llc", "llvm_mc",
    "lua_selene", "luac", "luacheck", "markdownlint", "mcs", "mcsc", "mdl", "mercury_mmc",
    "mix", "msgfmt", "mypy", "naga", "nagelfar", "nasm", "nim", "nix", "npmgroovylint",
    "openscad", "packwerk", "perl", "perl6", "perlcritic", "php", "php_phan", "php_phpmd",
    "phpcs", "phpstan", "pmd", "pony", "powershell", "prospector", "psscriptanalyzer",
    "puglint", "puppet", "pycodestyle", "pydocstyle", "pyflakes", "pylama", "pylint",
    "pyrex_cython", "qmlfmt", "qmllint", "raco", "rails_best_practices", "redpen", "reek",
    "remark_lint", "rflint", "rpmlint", "rstcheck_lint", "rubocop", "ruby", "ruff", "rust",
    "salt_salt_lint", "scala", "scalastyle", "scarb", "shell", "shellcheck", "sierra", "slang",
    "slim", "sml", "solc", "solhint", "spectral", "sql_sqlfluff", "sqlint", "sqllint",
    "standard", "starknet", "statix", "steep", "stylelint", "swaglint", "swiftlint", "swipl",
    "syntaxerl", "systemd_analyze", "terraform", "textlint", "tflint", "tfsec", "thrift",
    "thriftcheck", "tlint", "trivy", "tslint", "typecheck", "unimport", "v", "vala_lint",
    "vale", "vcom", "verilator", "vint", "vlog", "vulture", "write_good", "xmllint", "xvhdl",
    "xvlog", "yamllint", "yosys", "yq", "zeek", "zlint",
)  # fmt: skip
#: The held-out systems: the 68 (a third) of the 204 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 03:45 UTC before any file was read.
HOLDOUT = frozenset({
    "alex", "ansible_lint", "asm", "bandit", "bibclean", "bindzone_checkzone",
    "bitbake_oelint_adv", "clojure_clj_kondo", "common_handlers", "cypher_lint", "dafny",
    "dart_analyze", "desktop_file_validate", "dogma", "drafter", "erlang_dialyzer",
    "erlang_elvis", "eslint_json", "flake8", "flakehell", "flow", "ghc_mod", "ghdl", "gitlint",
    "glslang", "gobuild", "ibm_openapi_validator", "idris", "inko", "ispc_ispc", "lacheck",
    "languagetool", "lua_selene", "luac", "luacheck", "mcs", "mix", "mypy", "nasm", "php",
    "php_phpmd", "phpstan", "pony", "puppet", "pycodestyle", "pylama", "pylint",
    "rails_best_practices", "redpen", "remark_lint", "rflint", "rstcheck_lint", "rust",
    "salt_salt_lint", "slang", "sml", "sqlint", "stylelint", "swaglint", "syntaxerl", "tflint",
    "trivy", "typecheck", "v", "verilator", "vlog", "xvhdl", "xvlog",
})  # fmt: skip


def tool(path: str) -> str:
    """The system a file belongs to: its name without ``test_``, ``.vader`` and ``_handler``.

    One file spells the suffix ``_hander``; a few have none.
    """
    name = path.rsplit("/", 1)[-1].removesuffix(SUFFIX).removeprefix("test_")
    for suffix in ("_handler", "_hander"):
        name = name.removesuffix(suffix)
    return name
