# Lotse - GNU Makefile. No other build system is needed.
#
#   make            build ./lotse (-O2, warnings are errors)
#   make run        install what is missing, build, create the demo district
#                   and serve it on http://127.0.0.1:8080
#   make check      install what is missing, build and run every test
#   make bench      benchmarks (see bench/README.md)
#   make fuzz       run every fuzz target for FUZZ_SECONDS (default 60)
#   make install    PREFIX=/usr/local DESTDIR= : binary and man page
#   make clean
#
# VARIANT=asan builds into build/asan with AddressSanitizer and
# UndefinedBehaviorSanitizer; `make check` runs the tests in both variants.

VARIANT ?= release
PREFIX ?= /usr/local
DESTDIR ?=
FUZZ_SECONDS ?= 60
CC ?= cc
PKG_CONFIG ?= pkg-config

PKGS := libmicrohttpd jansson sqlite3 libsodium liboath libqrencode xlsxwriter libical md4c-html libcurl
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo 0.1.0)

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wformat=2 -Wvla -Wpointer-arith -Wundef
BASE_CFLAGS := -std=c11 -D_GNU_SOURCE -Isrc $(WARN) \
	-DLOTSE_VERSION='"$(VERSION)"' $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
# libcsv ships no pkg-config file.
LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lcsv -lstemmer -lpthread -lm

ifeq ($(VARIANT),asan)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all
else
OPT := -O2 -g
endif

B := build/$(VARIANT)
# Quiet output; `make V=1` shows the whole commands.
ifeq ($(V),1)
Q :=
else
Q := @
endif
CFLAGS ?=
LDFLAGS ?=
ALL_CFLAGS := $(BASE_CFLAGS) $(OPT) $(CFLAGS) -MMD -MP
ALL_LDFLAGS := $(OPT) $(LDFLAGS)

SRC := $(sort $(shell find src -name '*.c'))
LIB_SRC := $(filter-out src/cli/main.c,$(SRC))
LIB_OBJ := $(patsubst src/%.c,$(B)/obj/%.o,$(LIB_SRC)) $(B)/obj/gen/assets.o \
	$(B)/obj/gen/migrations.o $(B)/obj/gen/data.o
MAIN_OBJ := $(B)/obj/cli/main.o

KERN := node_modules/@kern-ux/native/dist
FIRA := $(KERN)/fonts/fira-sans
ASSET_MAP := \
	lotse.css=assets/lotse.css \
	fonts.css=assets/fonts.css \
	favicon.svg=assets/favicon.svg \
	kern/kern.min.css=$(KERN)/kern.min.css \
	fonts/fira-sans/FiraSans-Regular.woff2=$(FIRA)/FiraSans-Regular.woff2 \
	fonts/fira-sans/FiraSans-Italic.woff2=$(FIRA)/FiraSans-Italic.woff2 \
	fonts/fira-sans/FiraSans-SemiBold.woff2=$(FIRA)/FiraSans-SemiBold.woff2 \
	fonts/fira-sans/FiraSans-Bold.woff2=$(FIRA)/FiraSans-Bold.woff2 \
	search.js=assets/search.js \
	leaflet.js=node_modules/leaflet/dist/leaflet.js \
	leaflet.css=node_modules/leaflet/dist/leaflet.css
ASSET_FILES := $(foreach m,$(ASSET_MAP),$(word 2,$(subst =, ,$(m))))
MIGRATIONS := $(sort $(wildcard db/migrations/*.sql))

UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))
# What the fuzz targets link: the parsers and what they use.
FUZZ_LIB := src/http/parse.c src/base/arena.c src/base/utf8.c src/base/buf.c \
	src/view/html.c src/http/request.c src/http/router.c src/http/multipart.c \
	src/base/csv.c src/http/timing.c src/search/analyze.c \
	src/search/decompound.c build/gen/data.c

.PHONY: all run check bench fuzz fuzz-build install clean deps tests lint \
	variant-bin
all: lotse

lotse: $(B)/lotse
	@if [ "$(VARIANT)" = release ]; then cp $< $@.tmp && mv -f $@.tmp $@; fi

$(B)/lotse: $(LIB_OBJ) $(MAIN_OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

$(B)/obj/%.o: src/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/obj/gen/%.o: build/gen/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(filter-out -fsanitize=%,$(ALL_CFLAGS)) -Wno-missing-prototypes -c -o $@ $<

build/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -Wall -Wextra -Werror -o $@ $<

build/gen/assets.c: build/tools/embed $(ASSET_FILES) Makefile
	@mkdir -p $(dir $@)
	build/tools/embed $@ embedded_assets $(ASSET_MAP)

# Data files the program reads (not served): data/LICENSES.md says whence.
build/gen/data.c: build/tools/embed data/common-passwords.txt data/plz-de.tsv \
		data/decompound-de.txt data/synonyms-de.txt
	@mkdir -p $(dir $@)
	build/tools/embed $@ embedded_data common-passwords.txt=data/common-passwords.txt \
		plz-de.tsv=data/plz-de.tsv decompound-de.txt=data/decompound-de.txt \
		synonyms-de.txt=data/synonyms-de.txt

build/gen/migrations.c: build/tools/embed $(MIGRATIONS)
	@mkdir -p $(dir $@)
	build/tools/embed $@ embedded_migrations \
		$(foreach f,$(MIGRATIONS),$(notdir $(f))=$(f))

# The design system comes from npm; install it when it is missing.
node_modules/.lotse-stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(filter node_modules/%,$(ASSET_FILES)): node_modules/.lotse-stamp

$(B)/tests/%: tests/unit/%.c $(LIB_OBJ) tests/unit/testutil.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit $(shell $(PKG_CONFIG) --cflags cmocka) \
		-o $@ $< $(LIB_OBJ) $(ALL_LDFLAGS) $(LIBS) \
		$(shell $(PKG_CONFIG) --libs cmocka)

# Everything the test runner needs for one variant.
tests: $(B)/lotse $(UNIT_BIN)

build/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(FUZZ_LIB) build/gen/assets.c
	@mkdir -p $(dir $@)
	clang -std=c11 -D_GNU_SOURCE -Isrc -g -O1 \
		-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-o $@ $< $(FUZZ_LIB) -lcsv -lstemmer

fuzz-build: $(FUZZ_BIN)

fuzz: fuzz-build
	scripts/fuzz $(FUZZ_SECONDS) $(FUZZ_BIN)

deps:
	scripts/deps

run: deps
	$(MAKE) lotse
	scripts/run

check: deps
	scripts/check

bench: deps
	$(MAKE) lotse
	bench/run

lint:
	scripts/checksrc

install: lotse
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 lotse $(DESTDIR)$(PREFIX)/bin/lotse
	install -m 0644 docs/lotse.1 $(DESTDIR)$(PREFIX)/share/man/man1/lotse.1

clean:
	rm -rf build lotse test-results

-include $(shell find build -name '*.d' 2>/dev/null)
