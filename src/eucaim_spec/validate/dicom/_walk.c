/* The DICOM header scan's compiled walk: what header.read_header and scan._summary do, in C.
 *
 * One call per file, scan(path, size): open it read-only, read its first 8 KB (more with pread only when
 * the header runs past them), walk the file meta group and every top-level element up to the pixel data,
 * walk sequences item by item (never decoded), check that the file holds its pixel data, close it, and
 * return the summary scan._fill_summary builds the table row from (see scan._summary for its layout), or
 * an int: NO_PREAMBLE, FALLBACK (the file needs pydicom: header.Fallback) or DICOMDIR. An OS error
 * raises OSError (errno only, never the path). The results equal the pure-Python path's byte for byte:
 * tests/test_dicom_walk.py compares the two on every test file and thousands of mutants.
 *
 * Hostile input: every read goes through window(), which checks offset + length against the file size
 * in 64-bit arithmetic (a 32-bit length never overflows an offset); nesting is bounded by MAX_DEPTH (the
 * recursion is sequence -> item -> sequence, at most 17 deep); every allocation is checked. No value is
 * ever printed: the values kept are handed to Python only.
 *
 * configure() receives the tag sets once (from scan.py), so that a call crosses into Python only for its
 * result.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK 8192
#define HEAD_SIZE 132
#define UNDEFINED 0xFFFFFFFFu
#define ITEM 0xFFFEE000u
#define ITEM_END 0xFFFEE00Du
#define SEQ_END 0xFFFEE0DDu
#define MAX_DEPTH 16
#define MAX_JUDGED 1024
#define MAX_PATH (2 * MAX_DEPTH + 4)
#define MAX_SLOTS 1024
#define VR_SQ ('S' << 8 | 'Q')

/* Outcomes of a step of the walk. */
enum { ST_OK = 0, ST_TRUNC, ST_FALLBACK, ST_OSERR, ST_PYERR };
/* What scan() returns instead of a summary. */
enum { R_NO_PREAMBLE = 1, R_FALLBACK = 2, R_DICOMDIR = 3 };
/* Flags of a configured tag. */
enum { F_WANTED = 1, F_FOUND = 2, F_JUDGED = 4, F_WATCH = 8 };

typedef struct {
    uint32_t tag;
    uint8_t flags;
    uint8_t slot;
} TagInfo;

/* ---- configuration (set once by configure()) ---- */
static TagInfo *cfg_tags = NULL;
static Py_ssize_t cfg_ntags = 0;
static int cfg_nstrings = 0; /* slots 0..nstrings-1 are returned as text */
static int cfg_nslots = 0;
static uint8_t cfg_groups[65536 / 8]; /* watched groups (masked attributes) */
static uint32_t cfg_private_lo, cfg_private_hi, cfg_mask_lo, cfg_mask_hi, cfg_deid_tag;
static char *cfg_dicomdir = NULL;
static Py_ssize_t cfg_dicomdir_len = 0;
static int configured = 0;

/* An open-addressing index of cfg_tags (a tag is looked up for every element: one probe, mostly). */
static int32_t *cfg_index = NULL;
static uint32_t cfg_index_mask = 0;

static inline uint32_t tag_hash(uint32_t tag) { return (tag * 2654435761u) >> 7; }

static const TagInfo *lookup(uint32_t tag) {
    if (cfg_index == NULL) return NULL;
    for (uint32_t h = tag_hash(tag) & cfg_index_mask;; h = (h + 1) & cfg_index_mask) {
        int32_t i = cfg_index[h];
        if (i < 0) return NULL;
        if (cfg_tags[i].tag == tag) return &cfg_tags[i];
    }
}

/* Index cfg_tags (a table at least twice their number: probes end at an empty place). */
static int build_index(void) {
    uint32_t size = 64;
    while (size < 2 * (uint32_t)cfg_ntags + 2) size *= 2;
    int32_t *index = (int32_t *)malloc(size * sizeof(int32_t));
    if (index == NULL) return -1;
    for (uint32_t i = 0; i < size; i++) index[i] = -1;
    for (Py_ssize_t i = 0; i < cfg_ntags; i++) {
        uint32_t h = tag_hash(cfg_tags[i].tag) & (size - 1);
        while (index[h] >= 0) h = (h + 1) & (size - 1);
        index[h] = (int32_t)i;
    }
    free(cfg_index);
    cfg_index = index;
    cfg_index_mask = size - 1;
    return 0;
}

/* ---- the file window ---- */
typedef struct {
    int fd;
    uint64_t size;
    unsigned char *buf;
    size_t cap;
    uint64_t start;
    size_t len;
    int err; /* errno of a failed read */
} Buf;

/* Read up to want bytes at off into b->buf (as header.read_full: more reads while a file system returns
 * less than asked and the file has more). */
static int fill(Buf *b, uint64_t off, uint64_t want) {
    uint64_t left = b->size - off, goal = want < left ? want : left, got = 0;
    if (want > (uint64_t)PY_SSIZE_T_MAX) return ST_TRUNC;
    if (want > b->cap) {
        unsigned char *nb = (unsigned char *)realloc(b->buf, (size_t)want);
        if (nb == NULL) {
            PyErr_NoMemory();
            return ST_PYERR;
        }
        b->buf = nb;
        b->cap = (size_t)want;
    }
    b->start = off;
    b->len = 0;
    do {
        ssize_t n = pread(b->fd, b->buf + got, (size_t)(want - got), (off_t)(off + got));
        if (n < 0) {
            if (errno == EINTR) continue;
            b->err = errno;
            return ST_OSERR;
        }
        if (n == 0) break;
        got += (uint64_t)n;
    } while (got < goal);
    b->len = (size_t)got;
    return ST_OK;
}

/* A pointer to n bytes of the file at off (header._Buffer.window), or NULL with *st set. */
static const unsigned char *window(Buf *b, uint64_t off, uint64_t n, int *st) {
    if (off >= b->start && off - b->start <= b->len && n <= b->len - (off - b->start))
        return b->buf + (off - b->start);
    if (off > b->size || n > b->size - off) {
        *st = ST_TRUNC;
        return NULL;
    }
    int r = fill(b, off, n > BLOCK ? n : BLOCK);
    if (r != ST_OK) {
        *st = r;
        return NULL;
    }
    if (b->len < n) {
        *st = ST_TRUNC;
        return NULL;
    }
    return b->buf;
}

static inline uint16_t rd16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline int upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

static int long_vr(unsigned char a, unsigned char b) {
    switch (a) {
    case 'O': return b == 'B' || b == 'D' || b == 'F' || b == 'L' || b == 'V' || b == 'W';
    case 'S': return b == 'Q' || b == 'V';
    case 'U': return b == 'C' || b == 'N' || b == 'R' || b == 'T' || b == 'V';
    default: return 0;
    }
}

static int is_pixel(uint32_t tag) { return tag == 0x7FE00010u || tag == 0x7FE00009u || tag == 0x7FE00008u; }

/* ---- walk state ---- */
typedef struct {
    uint32_t tag, len;
} Entry;

typedef struct {
    int present;
    size_t off, len; /* in the arena */
} Slot;

typedef struct {
    Buf b;
    int implicit;
    Entry *ent;
    size_t nent, capent;
    unsigned char *arena;
    size_t arena_len, arena_cap;
    Slot *slots; /* cfg_nslots of them */
    uint64_t pixel_pos;
    int has_pixel;
    /* inside sequences (Python objects, created only when something is found) */
    PyObject *nested;        /* list of (tag, path) */
    uint32_t *nested_tags;   /* the tags in it, for "not yet noted" */
    size_t nnested, capnested;
    PyObject *private_path;  /* tuple or NULL */
    PyObject *judged;        /* list of (tag, path, bytes|None) */
} Walk;

/* Room for one more of count elements of size bytes in *array (capacity *cap, doubled; first: the first one). */
static int grow(void **array, size_t *cap, size_t count, size_t size, size_t first) {
    if (count < *cap) return ST_OK;
    size_t n = *cap ? *cap * 2 : first;
    void *p = n < SIZE_MAX / 2 / size ? realloc(*array, n * size) : NULL;
    if (p == NULL) {
        PyErr_NoMemory();
        return ST_PYERR;
    }
    *array = p;
    *cap = n;
    return ST_OK;
}

static int add_entry(Walk *w, uint32_t tag, uint32_t len, size_t *index) {
    void *array = w->ent;
    if (grow(&array, &w->capent, w->nent, sizeof(Entry), 64) != ST_OK) return ST_PYERR;
    w->ent = (Entry *)array;
    w->ent[w->nent].tag = tag;
    w->ent[w->nent].len = len;
    *index = w->nent++;
    return ST_OK;
}

static int keep_value(Walk *w, int slot, const unsigned char *p, size_t n) {
    if (w->arena_len + n > w->arena_cap) {
        size_t cap = w->arena_cap ? w->arena_cap : 512;
        while (cap < w->arena_len + n) {
            if (cap > SIZE_MAX / 2) {
                PyErr_NoMemory();
                return ST_PYERR;
            }
            cap *= 2;
        }
        unsigned char *na = (unsigned char *)realloc(w->arena, cap);
        if (na == NULL) {
            PyErr_NoMemory();
            return ST_PYERR;
        }
        w->arena = na;
        w->arena_cap = cap;
    }
    if (n) memcpy(w->arena + w->arena_len, p, n);
    w->slots[slot].present = 1;
    w->slots[slot].off = w->arena_len;
    w->slots[slot].len = n;
    w->arena_len += n;
    return ST_OK;
}

/* The element header at off (header._element): tag, VR (0 for none), value length, value offset. */
static int element(Walk *w, uint64_t off, int implicit, uint32_t *tag, int *vr, uint32_t *len, uint64_t *voff) {
    int st = ST_OK;
    const unsigned char *p = window(&w->b, off, 8, &st);
    if (p == NULL) return st;
    uint16_t group = rd16(p);
    *tag = (uint32_t)group << 16 | rd16(p + 2);
    if (group == 0xFFFE || implicit) {
        *vr = 0;
        *len = rd32(p + 4);
        *voff = off + 8;
        return ST_OK;
    }
    unsigned char a = p[4], c = p[5];
    *vr = a << 8 | c;
    if (long_vr(a, c)) {
        p = window(&w->b, off, 12, &st);
        if (p == NULL) return st;
        *len = rd32(p + 8);
        *voff = off + 12;
        return ST_OK;
    }
    if (!(upper(a) && upper(c))) return ST_FALLBACK;
    *len = rd16(p + 6);
    *voff = off + 8;
    return ST_OK;
}

static int starts_with_item(Walk *w, uint64_t off, int *result) {
    int st = ST_OK;
    const unsigned char *p = window(&w->b, off, 4, &st);
    if (p == NULL) return st;
    *result = p[0] == 0xFE && p[1] == 0xFF && p[2] == 0x00 && p[3] == 0xE0;
    return ST_OK;
}

static PyObject *path_tuple(const uint64_t *path, int n, int with_tag, uint32_t tag) {
    PyObject *t = PyTuple_New(n + (with_tag ? 1 : 0));
    if (t == NULL) return NULL;
    for (int i = 0; i < n; i++) {
        PyObject *v = PyLong_FromUnsignedLongLong(path[i]);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, v);
    }
    if (with_tag) {
        PyObject *v = PyLong_FromUnsignedLong(tag);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, n, v);
    }
    return t;
}

/* A judged value inside a sequence (header._value): None when longer than MAX_JUDGED, else what the file holds. */
static int judged_value(Walk *w, uint64_t off, uint32_t len, PyObject **out) {
    if (len > MAX_JUDGED) {
        Py_INCREF(Py_None);
        *out = Py_None;
        return ST_OK;
    }
    uint64_t n = len, left = w->b.size > off ? w->b.size - off : 0;
    if (n > left) n = left;
    if (n == 0) {
        *out = PyBytes_FromStringAndSize("", 0);
        return *out ? ST_OK : ST_PYERR;
    }
    int st = ST_OK;
    const unsigned char *p = window(&w->b, off, n, &st);
    if (p == NULL) return st;
    *out = PyBytes_FromStringAndSize((const char *)p, (Py_ssize_t)n);
    return *out ? ST_OK : ST_PYERR;
}

static int note_nested(Walk *w, uint32_t tag, const uint64_t *path, int npath) {
    for (size_t i = 0; i < w->nnested; i++)
        if (w->nested_tags[i] == tag) return ST_OK;
    void *array = w->nested_tags;
    if (grow(&array, &w->capnested, w->nnested, sizeof(uint32_t), 16) != ST_OK) return ST_PYERR;
    w->nested_tags = (uint32_t *)array;
    if (w->nested == NULL && (w->nested = PyList_New(0)) == NULL) return ST_PYERR;
    PyObject *p = path_tuple(path, npath, 0, 0);
    PyObject *item = p ? Py_BuildValue("(kN)", (unsigned long)tag, p) : NULL;
    if (item == NULL || PyList_Append(w->nested, item) < 0) {
        Py_XDECREF(item);
        return ST_PYERR;
    }
    Py_DECREF(item);
    w->nested_tags[w->nnested++] = tag;
    return ST_OK;
}

static int sequence(Walk *w, uint64_t off, int has_end, uint64_t end, int depth, uint64_t *path, int npath,
                    uint64_t *out, uint64_t *items);

/* The next element of an item or a sequence at off, whose value ends at end (has_end) or at the delimiter tag:
 * *last when the value ends there (*out: the offset after it), else the element's header. */
static int next_in(Walk *w, uint64_t off, int has_end, uint64_t end, int implicit, uint32_t delimiter, int *last,
                   uint64_t *out, uint32_t *tag, int *vr, uint32_t *len, uint64_t *voff) {
    *last = 0;
    if (has_end && off >= end) {
        if (off != end) return ST_FALLBACK;
        *last = 1;
        *out = off;
        return ST_OK;
    }
    int st = element(w, off, implicit, tag, vr, len, voff);
    if (st != ST_OK || *tag != delimiter) return st;
    if (has_end) return ST_FALLBACK;
    *last = 1;
    *out = *voff;
    return ST_OK;
}

/* An item's dataset (header._item). path[0..npath) ends with the item number. */
static int item(Walk *w, uint64_t off, int has_end, uint64_t end, int depth, uint64_t *path, int npath,
                uint64_t *out) {
    int implicit = w->implicit;
    for (;;) {
        uint32_t tag, len;
        int vr, st, last;
        uint64_t voff;
        st = next_in(w, off, has_end, end, implicit, ITEM_END, &last, out, &tag, &vr, &len, &voff);
        if (st != ST_OK || last) return st;
        uint32_t group = tag >> 16;
        if (group == 0xFFFE) return ST_FALLBACK;
        int seq = 0, present = 0, starts = 0;
        if (len == UNDEFINED) {
            if (!(implicit || vr == VR_SQ)) return ST_FALLBACK;
            if ((st = starts_with_item(w, voff, &starts)) != ST_OK) return st;
            seq = 1;
            present = starts;
        } else if (len >= 8 && vr == VR_SQ) {
            seq = present = 1;
        } else if (len >= 8 && implicit && !(group & 1)) {
            if ((st = starts_with_item(w, voff, &starts)) != ST_OK) return st;
            seq = present = starts;
            if (!starts) present = 1;
        } else {
            present = len > 0;
        }
        const TagInfo *info;
        if ((group & 1) && group > 0x0008 && group < 0xFFFF) {
            if (w->private_path == NULL && (w->private_path = path_tuple(path, npath, 1, tag)) == NULL)
                return ST_PYERR;
        } else if (present && (info = lookup(tag)) != NULL && (info->flags & F_JUDGED)) {
            PyObject *value = NULL;
            if (seq) {
                Py_INCREF(Py_None);
                value = Py_None;
            } else if ((st = judged_value(w, voff, len, &value)) != ST_OK) {
                return st;
            }
            if (w->judged == NULL && (w->judged = PyList_New(0)) == NULL) {
                Py_DECREF(value);
                return ST_PYERR;
            }
            PyObject *p = path_tuple(path, npath, 0, 0);
            PyObject *entry = p ? Py_BuildValue("(kNN)", (unsigned long)tag, p, value) : NULL;
            if (p == NULL) Py_DECREF(value);
            if (entry == NULL || PyList_Append(w->judged, entry) < 0) {
                Py_XDECREF(entry);
                return ST_PYERR;
            }
            Py_DECREF(entry);
        } else if (present && (((info = lookup(tag)) != NULL && (info->flags & F_WATCH)) ||
                               (cfg_groups[group >> 3] >> (group & 7) & 1))) {
            if ((st = note_nested(w, tag, path, npath)) != ST_OK) return st;
        }
        if (seq) {
            if (npath + 1 >= MAX_PATH) return ST_FALLBACK; /* not reached: sequence() stops at MAX_DEPTH */
            path[npath] = tag;
            uint64_t items;
            st = sequence(w, voff, len != UNDEFINED, voff + len, depth + 1, path, npath + 1, &off, &items);
            if (st != ST_OK) return st;
        } else {
            off = voff + len;
            if (off > w->b.size) return ST_TRUNC;
        }
    }
}

/* A sequence's items (header._sequence). path[0..npath) ends with the sequence's tag. */
static int sequence(Walk *w, uint64_t off, int has_end, uint64_t end, int depth, uint64_t *path, int npath,
                    uint64_t *out, uint64_t *items) {
    if (depth > MAX_DEPTH) return ST_FALLBACK;
    *items = 0;
    for (;;) {
        uint32_t tag, len;
        int vr, st, last;
        uint64_t voff;
        /* item tags carry no VR in any syntax */
        st = next_in(w, off, has_end, end, 1, SEQ_END, &last, out, &tag, &vr, &len, &voff);
        if (st != ST_OK || last) return st;
        if (tag != ITEM) return ST_FALLBACK;
        *items += 1;
        if (npath + 1 >= MAX_PATH) return ST_FALLBACK; /* not reached: depth is checked first */
        path[npath] = *items;
        if ((st = item(w, voff, len != UNDEFINED, voff + len, depth, path, npath + 1, &off)) != ST_OK) return st;
    }
}

/* The top-level element at *off (header._element_step); *done at the pixel data. */
static int element_step(Walk *w, uint64_t *off, int *done) {
    uint32_t tag, len;
    int vr, st;
    uint64_t voff;
    int implicit = w->implicit;
    if ((st = element(w, *off, implicit, &tag, &vr, &len, &voff)) != ST_OK) return st;
    if (is_pixel(tag)) {
        w->pixel_pos = *off;
        w->has_pixel = 1;
        *done = 1;
        return ST_OK;
    }
    if (tag >> 16 == 0xFFFE) return ST_FALLBACK;
    size_t index;
    if ((st = add_entry(w, tag, len, &index)) != ST_OK) return st;
    uint64_t path[MAX_PATH];
    path[0] = tag;
    if (len == UNDEFINED) {
        if (!(implicit || vr == VR_SQ)) return ST_FALLBACK;
        uint64_t items;
        if ((st = sequence(w, voff, 0, 0, 1, path, 1, off, &items)) != ST_OK) return st;
        if (!items) w->ent[index].len = 0;
        return ST_OK;
    }
    int starts = 0;
    if (vr == VR_SQ && len) {
        uint64_t items;
        return sequence(w, voff, 1, voff + len, 1, path, 1, off, &items);
    }
    if (implicit && len >= 8 && !(tag & 0x10000)) {
        if ((st = starts_with_item(w, voff, &starts)) != ST_OK) return st;
        if (starts) {
            uint64_t items;
            return sequence(w, voff, 1, voff + len, 1, path, 1, off, &items);
        }
    }
    const TagInfo *info = lookup(tag);
    if (info != NULL && (info->flags & F_WANTED)) {
        const unsigned char *p = window(&w->b, voff, len, &st);
        if (p == NULL) return st;
        if ((st = keep_value(w, info->slot, p, len)) != ST_OK) return st;
    }
    *off = voff + len;
    if (*off > w->b.size) return ST_TRUNC;
    return ST_OK;
}

/* header._pixel_data_truncated, little endian: 1 when the pixel data runs past the end of the file. */
static int pixel_truncated(Walk *w, uint64_t pos, int *result) {
    uint64_t size = w->b.size, length, start;
    int st = ST_OK;
    *result = 0;
    if (pos + 8 > size) return ST_OK;
    const unsigned char *p = window(&w->b, pos, 8, &st);
    if (p == NULL) return st;
    if (!is_pixel((uint32_t)rd16(p) << 16 | rd16(p + 2))) return ST_OK;
    if (w->implicit) {
        length = rd32(p + 4);
        start = pos + 8;
    } else if (long_vr(p[4], p[5])) {
        if (pos + 12 > size) {
            *result = 1;
            return ST_OK;
        }
        if ((p = window(&w->b, pos, 12, &st)) == NULL) return st;
        length = rd32(p + 8);
        start = pos + 12;
    } else {
        length = rd16(p + 6);
        start = pos + 8;
    }
    if (length != UNDEFINED) {
        *result = start + length > size;
        return ST_OK;
    }
    uint64_t off = start;
    for (;;) {
        if (off + 8 > size) {
            *result = 1;
            return ST_OK;
        }
        if ((p = window(&w->b, off, 8, &st)) == NULL) return st;
        uint32_t tag = (uint32_t)rd16(p) << 16 | rd16(p + 2), item_len = rd32(p + 4);
        if (tag != ITEM) return ST_OK; /* the sequence delimiter, or not a fragment list */
        off += 8;
        if (off + item_len > size) {
            *result = 1;
            return ST_OK;
        }
        off += item_len;
    }
}

/* Transfer syntaxes, as read_meta sees them. */
enum { TS_NONE = 0, TS_IMPLICIT, TS_OTHER, TS_NOT_HANDLED };

/* An ASCII value without its padding (header.ascii_value); ST_FALLBACK when it needs a character set. */
static int ascii_stripped(const unsigned char *p, size_t n, size_t *from, size_t *to) {
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 0x80 || p[i] == 0x1b) return ST_FALLBACK;
    size_t a = 0, z = n;
    while (a < z && (p[a] == ' ' || p[a] == 0)) a++;
    while (z > a && (p[z - 1] == ' ' || p[z - 1] == 0)) z--;
    *from = a;
    *to = z;
    return ST_OK;
}

static int text_is(const unsigned char *p, size_t n, const char *s) { return n == strlen(s) && memcmp(p, s, n) == 0; }

/* The file meta group (header._read_meta): where the dataset starts, the transfer syntax, whether a DICOMDIR. */
static int read_meta(Walk *w, uint64_t *dataset, int *ts, int *dicomdir) {
    uint64_t off = HEAD_SIZE;
    *ts = TS_NONE;
    *dicomdir = 0;
    for (;;) {
        int st = ST_OK;
        const unsigned char *p = window(&w->b, off, 8, &st);
        if (p == NULL) return st == ST_TRUNC ? ST_FALLBACK : st;
        if (rd16(p) != 0x0002) {
            *dataset = off;
            return ST_OK;
        }
        uint32_t tag, len;
        int vr;
        uint64_t voff;
        st = element(w, off, 0, &tag, &vr, &len, &voff);
        if (st != ST_OK) return st == ST_TRUNC ? ST_FALLBACK : st;
        if (len == UNDEFINED) return ST_FALLBACK;
        if (tag == 0x00020002u || tag == 0x00020010u) {
            if ((p = window(&w->b, voff, len, &st)) == NULL) return st == ST_TRUNC ? ST_FALLBACK : st;
            size_t a, z;
            if (ascii_stripped(p, len, &a, &z) != ST_OK) return ST_FALLBACK;
            if (tag == 0x00020002u) {
                *dicomdir = text_is(p + a, z - a, cfg_dicomdir ? cfg_dicomdir : "");
            } else if (z == a) {
                *ts = TS_NONE;
            } else if (text_is(p + a, z - a, "1.2.840.10008.1.2")) {
                *ts = TS_IMPLICIT;
            } else if (text_is(p + a, z - a, "1.2.840.10008.1.2.2") || text_is(p + a, z - a, "1.2.840.10008.1.2.1.99")) {
                *ts = TS_NOT_HANDLED;
            } else {
                *ts = TS_OTHER;
            }
        }
        off = voff + len;
    }
}

/* ---- the summary ---- */

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct {
    uint32_t tag, len;
    size_t first;
} Final;

static int cmp_final_tag(const void *a, const void *b) {
    const Final *x = (const Final *)a, *y = (const Final *)b;
    if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

static int cmp_final_first(const void *a, const void *b) {
    const Final *x = (const Final *)a, *y = (const Final *)b;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* Each top-level tag once, with its last length (a dict's update), sorted by tag; *by_first: the same in
 * the order tags first appeared (a dict's order), or NULL when that is the tag order. */
static Final *final_entries(Walk *w, size_t *n, Final **by_first) {
    size_t count = w->nent;
    Final *f = (Final *)malloc((count ? count : 1) * sizeof(Final));
    *by_first = NULL;
    if (f == NULL) return (Final *)PyErr_NoMemory();
    int ascending = 1;
    for (size_t i = 0; i < count; i++) {
        f[i].tag = w->ent[i].tag;
        f[i].len = w->ent[i].len;
        f[i].first = i;
        if (i && f[i].tag <= f[i - 1].tag) ascending = 0;
    }
    if (ascending) {
        *n = count;
        return f;
    }
    qsort(f, count, sizeof(Final), cmp_final_tag);
    size_t m = 0;
    for (size_t i = 0; i < count; i++) {
        if (m && f[m - 1].tag == f[i].tag) {
            f[m - 1].len = f[i].len; /* the last length; the first position */
        } else {
            f[m++] = f[i];
        }
    }
    *n = m;
    Final *g = (Final *)malloc((m ? m : 1) * sizeof(Final));
    if (g == NULL) {
        free(f);
        return (Final *)PyErr_NoMemory();
    }
    memcpy(g, f, m * sizeof(Final));
    qsort(g, m, sizeof(Final), cmp_final_first);
    *by_first = g;
    return f;
}

/* The last text of each slot: a file's value equal to the previous file's is the same object (most values of
 * a series are: one copy per chunk in the hand-over's pickle, and in memory). */
static PyObject *last_text[MAX_SLOTS];

static PyObject *ascii_text(int slot, const unsigned char *p, size_t n) {
    PyObject *last = last_text[slot];
    if (last != NULL && (size_t)PyUnicode_GET_LENGTH(last) == n && memcmp(PyUnicode_DATA(last), p, n) == 0) {
        Py_INCREF(last);
        return last;
    }
    PyObject *s = PyUnicode_New((Py_ssize_t)n, 127);
    if (s == NULL) return NULL;
    memcpy(PyUnicode_DATA(s), p, n);
    Py_INCREF(s);
    Py_XSETREF(last_text[slot], s);
    return s;
}

static PyObject *summary(Walk *w, int truncated) {
    PyObject *strings = NULL, *found = NULL, *masked = NULL, *judged = NULL, *result = NULL;
    Final *by_first = NULL;
    size_t n = 0;
    Final *f = final_entries(w, &n, &by_first);
    if (f == NULL) return NULL;
    if ((strings = PyTuple_New(cfg_nstrings)) == NULL) goto done;
    for (int i = 0; i < cfg_nstrings; i++) {
        PyObject *v = Py_None;
        if (w->slots[i].present) {
            const unsigned char *p = w->arena + w->slots[i].off;
            size_t a = 0, z = w->slots[i].len;
            while (a < z && (p[a] == ' ' || p[a] == 0)) a++;
            while (z > a && (p[z - 1] == ' ' || p[z - 1] == 0)) z--;
            if (z > a && (v = ascii_text(i, p + a, z - a)) == NULL) goto done;
        }
        if (v == Py_None) Py_INCREF(v);
        PyTuple_SET_ITEM(strings, i, v);
    }
    if ((found = PyList_New(0)) == NULL || (judged = PyList_New(0)) == NULL || (masked = PyList_New(0)) == NULL)
        goto done;
    int private_top = 0, deid = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t t = f[i].tag, len = f[i].len;
        if (t >= cfg_private_lo && t < cfg_private_hi && (t & 0x10000)) private_top = 1;
        if (t == cfg_deid_tag) deid = len > 0;
        if (!len) continue;
        const TagInfo *info = lookup(t);
        if (info == NULL) continue;
        if (info->flags & F_FOUND) {
            PyObject *v = PyLong_FromUnsignedLong(t);
            if (v == NULL || PyList_Append(found, v) < 0) {
                Py_XDECREF(v);
                goto done;
            }
            Py_DECREF(v);
        }
        if (info->flags & F_JUDGED) {
            PyObject *value;
            const Slot *s = (info->flags & F_WANTED) ? &w->slots[info->slot] : NULL;
            if (s != NULL && s->present && s->len <= MAX_JUDGED)
                value = PyBytes_FromStringAndSize((const char *)w->arena + s->off, (Py_ssize_t)s->len);
            else
                value = (Py_INCREF(Py_None), Py_None);
            PyObject *e = value ? Py_BuildValue("(k()N)", (unsigned long)t, value) : NULL;
            if (e == NULL || PyList_Append(judged, e) < 0) {
                Py_XDECREF(e);
                goto done;
            }
            Py_DECREF(e);
        }
    }
    const Final *order = by_first ? by_first : f;
    for (size_t i = 0; i < n; i++) {
        uint32_t t = order[i].tag;
        if (t < cfg_mask_lo || t > cfg_mask_hi || !order[i].len) continue;
        PyObject *v = PyLong_FromUnsignedLong(t);
        if (v == NULL || PyList_Append(masked, v) < 0) {
            Py_XDECREF(v);
            goto done;
        }
        Py_DECREF(v);
    }
    PyObject *found_t = PyList_AsTuple(found), *masked_t = found_t ? PyList_AsTuple(masked) : NULL;
    PyObject *nested_t = masked_t ? (w->nested ? PyList_AsTuple(w->nested) : PyTuple_New(0)) : NULL;
    PyObject *nested_judged = w->judged ? (Py_INCREF(w->judged), w->judged) : PyList_New(0);
    if (found_t && masked_t && nested_t && nested_judged) {
        PyObject *priv = w->private_path ? w->private_path : Py_None;
        result = Py_BuildValue("(ONNOOONONO)", strings, found_t, masked_t, judged, private_top ? Py_True : Py_False,
                               deid ? Py_True : Py_False, nested_t, priv, nested_judged,
                               truncated ? Py_True : Py_False);
    } else {
        Py_XDECREF(found_t);
        Py_XDECREF(masked_t);
        Py_XDECREF(nested_t);
        Py_XDECREF(nested_judged);
    }
done:
    Py_XDECREF(strings);
    Py_XDECREF(found);
    Py_XDECREF(masked);
    Py_XDECREF(judged);
    free(f);
    free(by_first);
    return result;
}

static void walk_free(Walk *w) {
    free(w->b.buf);
    free(w->ent);
    free(w->arena);
    free(w->nested_tags);
    free(w->slots);
    Py_XDECREF(w->nested);
    Py_XDECREF(w->private_path);
    Py_XDECREF(w->judged);
}

/* The walk of an open file: a summary, an int (R_*), or NULL with an exception. */
static PyObject *walk_file(Walk *w) {
    int st = fill(&w->b, 0, BLOCK);
    if (st == ST_OSERR) goto oserror;
    if (st != ST_OK) return NULL;
    if (w->b.len < HEAD_SIZE || memcmp(w->b.buf + 128, "DICM", 4) != 0) return PyLong_FromLong(R_NO_PREAMBLE);
    uint64_t off;
    int ts, dicomdir;
    st = read_meta(w, &off, &ts, &dicomdir);
    if (st == ST_OSERR) goto oserror;
    if (st == ST_PYERR) return NULL;
    if (st != ST_OK || ts == TS_NONE || ts == TS_NOT_HANDLED) return PyLong_FromLong(R_FALLBACK);
    w->implicit = ts == TS_IMPLICIT;
    int truncated = 0, done = 0;
    while (off < w->b.size && !done) {
        st = element_step(w, &off, &done);
        if (st == ST_TRUNC) {
            truncated = 1;
            break;
        }
        if (st == ST_OSERR) goto oserror;
        if (st == ST_PYERR) return NULL;
        if (st != ST_OK) return PyLong_FromLong(R_FALLBACK);
    }
    if (!truncated && w->has_pixel) {
        st = pixel_truncated(w, w->pixel_pos, &truncated);
        if (st == ST_TRUNC) truncated = 1;
        else if (st == ST_OSERR) goto oserror;
        else if (st == ST_PYERR) return NULL;
    }
    if (dicomdir) return PyLong_FromLong(R_DICOMDIR);
    /* The kept text values must be plain ASCII (else a character set is needed: pydicom). */
    for (int i = 0; i < cfg_nstrings; i++) {
        size_t a, z;
        if (w->slots[i].present && ascii_stripped(w->arena + w->slots[i].off, w->slots[i].len, &a, &z) != ST_OK)
            return PyLong_FromLong(R_FALLBACK);
    }
    return summary(w, truncated);
oserror:
    errno = w->b.err;
    return PyErr_SetFromErrno(PyExc_OSError);
}

/* One file's summary (or an R_* int), or NULL with an exception (OSError for the OS's errors). */
static PyObject *scan_path(const char *path, long long size) {
    if (size < 0) size = 0;
    /* The GIL stays held: the configuration is shared (a worker runs one scan at a time anyway). */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return PyErr_SetFromErrno(PyExc_OSError);
    Walk w;
    memset(&w, 0, sizeof(w));
    if ((w.slots = (Slot *)calloc(cfg_nslots ? cfg_nslots : 1, sizeof(Slot))) == NULL) {
        close(fd);
        return PyErr_NoMemory();
    }
    w.b.fd = fd;
    w.b.size = (uint64_t)size;
    PyObject *result = walk_file(&w);
    walk_free(&w);
    close(fd);
    return result;
}

static PyObject *py_scan(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "scan(path, size)");
        return NULL;
    }
    if (!configured) {
        PyErr_SetString(PyExc_RuntimeError, "configure() first");
        return NULL;
    }
    PyObject *bytes_path = NULL;
    if (!PyUnicode_FSConverter(args[0], &bytes_path)) return NULL;
    long long size = PyLong_AsLongLong(args[1]);
    if (size == -1 && PyErr_Occurred()) {
        Py_DECREF(bytes_path);
        return NULL;
    }
    PyObject *result = scan_path(PyBytes_AS_STRING(bytes_path), size);
    Py_DECREF(bytes_path);
    return result;
}

/* ---- a chunk straight into columns (scan.scan_chunk_columns) ---- */

/* Column codes of the template (configure_columns); any other object is that column's constant value. */
enum { C_PATH = -1, C_SIZE = -2, C_INSTANCE = -3, C_DEID = -4 };
static PyObject *col_template = NULL; /* tuple: a code (exact int) or a constant, per column */
static int col_sop = -1, col_modality = -1;
static PyObject *col_seg_class = NULL, *col_seg = NULL;

/* InstanceNumber as int(float(text)) gives it, for plain digits only (else NULL without an exception). */
static PyObject *instance_number(PyObject *text) {
    if (text == Py_None) {
        Py_INCREF(Py_None);
        return Py_None;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const char *p = (const char *)PyUnicode_DATA(text);
    if (n < 1 || n > 15) return NULL; /* below 2**53: float() loses nothing */
    for (Py_ssize_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9') return NULL;
    return PyLong_FromString(p, NULL, 10);
}

/* The row's values when the summary is one of a plain file (nothing identifying, not truncated, no private tag,
 * not a SEG): the column values, appended; 0 when the row is left to Python, -1 on an error. */
static int append_plain(PyObject *columns, PyObject *rel, PyObject *size, PyObject *summary) {
    PyObject *texts = PyTuple_GET_ITEM(summary, 0);
    if (PyTuple_GET_SIZE(PyTuple_GET_ITEM(summary, 1)) || PyTuple_GET_SIZE(PyTuple_GET_ITEM(summary, 2)) ||
        PyList_GET_SIZE(PyTuple_GET_ITEM(summary, 3)) || PyTuple_GET_ITEM(summary, 4) != Py_False ||
        PyTuple_GET_SIZE(PyTuple_GET_ITEM(summary, 6)) || PyTuple_GET_ITEM(summary, 7) != Py_None ||
        PyList_GET_SIZE(PyTuple_GET_ITEM(summary, 8)) || PyTuple_GET_ITEM(summary, 9) != Py_False)
        return 0;
    PyObject *sop = PyTuple_GET_ITEM(texts, col_sop), *modality = PyTuple_GET_ITEM(texts, col_modality);
    if ((sop != Py_None && PyUnicode_Compare(sop, col_seg_class) == 0) ||
        (modality != Py_None && PyUnicode_Compare(modality, col_seg) == 0))
        return 0;
    PyObject *number = instance_number(PyTuple_GET_ITEM(texts, PyTuple_GET_SIZE(texts) - 1));
    if (number == NULL) return PyErr_Occurred() ? -1 : 0;
    Py_ssize_t ncol = PyTuple_GET_SIZE(col_template);
    for (Py_ssize_t j = 0; j < ncol; j++) {
        PyObject *code = PyTuple_GET_ITEM(col_template, j), *v = code;
        if (PyLong_CheckExact(code)) {
            long c = PyLong_AsLong(code);
            v = c == C_PATH ? rel : c == C_SIZE ? size : c == C_INSTANCE ? number
              : c == C_DEID ? PyTuple_GET_ITEM(summary, 5) : PyTuple_GET_ITEM(texts, c);
        }
        if (PyList_Append(PyList_GET_ITEM(columns, j), v) < 0) {
            Py_DECREF(number);
            return -1;
        }
    }
    Py_DECREF(number);
    return 1;
}

static int append_values(PyObject *columns, PyObject *values) {
    PyObject *seq = PySequence_Fast(values, "the fallback returns the row's column values");
    if (seq == NULL) return -1;
    Py_ssize_t ncol = PyList_GET_SIZE(columns);
    if (PySequence_Fast_GET_SIZE(seq) != ncol) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "the fallback returns one value per column");
        return -1;
    }
    for (Py_ssize_t j = 0; j < ncol; j++)
        if (PyList_Append(PyList_GET_ITEM(columns, j), PySequence_Fast_GET_ITEM(seq, j)) < 0) {
            Py_DECREF(seq);
            return -1;
        }
    Py_DECREF(seq);
    return 0;
}

static int is_nifti_name(const char *p, Py_ssize_t n) {
    static const char *ends[2] = {".nii", ".nii.gz"};
    for (int k = 0; k < 2; k++) {
        Py_ssize_t m = (Py_ssize_t)strlen(ends[k]);
        if (n < m) continue;
        int same = 1;
        for (Py_ssize_t i = 0; i < m && same; i++) {
            char c = p[n - m + i];
            if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
            same = c == ends[k][i];
        }
        if (same) return 1;
    }
    return 0;
}

/* scan_columns(root, items, columns, fallback): append each (rel, size) of items as a row to columns (one list
 * per column); a row that is not plain (see append_plain), a path that is not ASCII, a NIfTI file, a file the
 * walk refuses or cannot open goes to fallback(rel, size, result or None), which returns its column values. */
static PyObject *py_scan_columns(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *root, *items, *columns, *fallback;
    if (!PyArg_ParseTuple(args, "UO!O!O", &root, &PyList_Type, &items, &PyList_Type, &columns, &fallback))
        return NULL;
    if (!configured || col_template == NULL || PyList_GET_SIZE(columns) != PyTuple_GET_SIZE(col_template)) {
        PyErr_SetString(PyExc_RuntimeError, "configure() and configure_columns() first, one list per column");
        return NULL;
    }
    for (Py_ssize_t j = 0; j < PyList_GET_SIZE(columns); j++)
        if (!PyList_Check(PyList_GET_ITEM(columns, j))) {
            PyErr_SetString(PyExc_TypeError, "columns: lists");
            return NULL;
        }
    PyObject *root_bytes = NULL;
    if (!PyUnicode_FSConverter(root, &root_bytes)) return NULL;
    Py_ssize_t root_len = PyBytes_GET_SIZE(root_bytes);
    const char *root_s = PyBytes_AS_STRING(root_bytes);
    int sep = root_len > 0 && root_s[root_len - 1] != '/';
    char *path = NULL;
    size_t path_cap = 0;
    PyObject *ret = NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *it = PyList_GET_ITEM(items, i), *rel, *size, *result = NULL;
        if (!PyTuple_Check(it) || PyTuple_GET_SIZE(it) != 2 || !PyUnicode_Check(rel = PyTuple_GET_ITEM(it, 0))) {
            PyErr_SetString(PyExc_TypeError, "items: (relative path, size) pairs");
            goto done;
        }
        size = PyTuple_GET_ITEM(it, 1);
        long long n = PyLong_AsLongLong(size);
        if (n == -1 && PyErr_Occurred()) goto done;
        Py_ssize_t rel_len = PyUnicode_GET_LENGTH(rel);
        const char *rel_s = (const char *)PyUnicode_DATA(rel);
        int simple = PyUnicode_IS_ASCII(rel) && rel_len > 0 && rel_s[0] != '/' && !is_nifti_name(rel_s, rel_len);
        if (simple) {
            size_t need = (size_t)root_len + (size_t)rel_len + 2;
            if (need > path_cap) {
                char *np = (char *)realloc(path, need);
                if (np == NULL) {
                    PyErr_NoMemory();
                    goto done;
                }
                path = np;
                path_cap = need;
            }
            memcpy(path, root_s, (size_t)root_len); /* os.path.join(root, rel) */
            size_t k = (size_t)root_len;
            if (sep) path[k++] = '/';
            memcpy(path + k, rel_s, (size_t)rel_len);
            path[k + (size_t)rel_len] = 0;
            result = scan_path(path, n);
            if (result == NULL) PyErr_Clear(); /* the general path (fallback) reports it */
        }
        int done_row = 0;
        if (result != NULL && PyTuple_CheckExact(result)) {
            done_row = append_plain(columns, rel, size, result);
            if (done_row < 0) {
                Py_DECREF(result);
                goto done;
            }
        }
        if (!done_row) {
            PyObject *values = PyObject_CallFunctionObjArgs(fallback, rel, size, result ? result : Py_None, NULL);
            int bad = values == NULL || append_values(columns, values) < 0;
            Py_XDECREF(values);
            if (bad) {
                Py_XDECREF(result);
                goto done;
            }
        }
        Py_XDECREF(result);
    }
    Py_INCREF(Py_None);
    ret = Py_None;
done:
    free(path);
    Py_DECREF(root_bytes);
    return ret;
}

/* configure_columns(template, sop_index, modality_index, seg_class): the plain row's column values (see
 * scan.py's _PLAIN_ROW) and where append_plain finds the SOP class and the modality among the texts. */
static PyObject *py_configure_columns(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *template, *seg_class;
    int sop, modality;
    if (!PyArg_ParseTuple(args, "O!iiU", &PyTuple_Type, &template, &sop, &modality, &seg_class)) return NULL;
    if (sop < 0 || sop >= cfg_nstrings || modality < 0 || modality >= cfg_nstrings) {
        PyErr_SetString(PyExc_ValueError, "a text index out of range (configure() first)");
        return NULL;
    }
    for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(template); j++) {
        PyObject *code = PyTuple_GET_ITEM(template, j);
        if (!PyLong_CheckExact(code)) continue;
        long c = PyLong_AsLong(code);
        if (c < C_DEID || c >= cfg_nstrings) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "a column code out of range");
            return NULL;
        }
    }
    PyObject *seg = PyUnicode_FromString("SEG");
    if (seg == NULL) return NULL;
    Py_INCREF(template);
    Py_XSETREF(col_template, template);
    Py_INCREF(seg_class);
    Py_XSETREF(col_seg_class, seg_class);
    Py_XSETREF(col_seg, seg);
    col_sop = sop;
    col_modality = modality;
    Py_RETURN_NONE;
}

/* configure(strings, wanted, found, judged, watch, watch_groups, private_lo, private_hi, mask_lo, mask_hi,
 *           deid_tag, dicomdir_class)
 * strings: the tags returned as text, in order; wanted: further tags whose raw value is kept (the judged
 * ones); found: tags reported at the top level when they carry a value; judged: tags whose value is judged;
 * watch / watch_groups: tags and groups noted inside sequences. */
static PyObject *py_configure(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *strings, *wanted, *found, *judged, *watch, *groups;
    unsigned long plo, phi, mlo, mhi, deid;
    const char *dicomdir;
    Py_ssize_t dicomdir_len;
    if (!PyArg_ParseTuple(args, "O!O!OOOOkkkkks#", &PyTuple_Type, &strings, &PyTuple_Type, &wanted, &found,
                          &judged, &watch, &groups, &plo, &phi, &mlo, &mhi, &deid, &dicomdir, &dicomdir_len))
        return NULL;
    Py_ssize_t nstr = PyTuple_GET_SIZE(strings), nwanted = PyTuple_GET_SIZE(wanted);
    if (nstr + nwanted > MAX_SLOTS) {
        PyErr_SetString(PyExc_ValueError, "too many kept tags");
        return NULL;
    }
    /* Every tag of every set, once, with its flags. */
    PyObject *sets[6] = {strings, wanted, found, judged, watch, NULL};
    int flags[5] = {F_WANTED, F_WANTED, F_FOUND, F_JUDGED, F_WATCH};
    Py_ssize_t total = 0;
    PyObject *seqs[5] = {NULL};
    for (int k = 0; k < 5; k++) {
        seqs[k] = PySequence_Fast(sets[k], "configure: tag sets must be iterable");
        if (seqs[k] == NULL) goto fail;
        total += PySequence_Fast_GET_SIZE(seqs[k]);
    }
    uint32_t *all = (uint32_t *)malloc((total ? total : 1) * sizeof(uint32_t));
    TagInfo *tags = all ? (TagInfo *)calloc(total ? total : 1, sizeof(TagInfo)) : NULL;
    if (tags == NULL) {
        free(all);
        PyErr_NoMemory();
        goto fail;
    }
    Py_ssize_t m = 0;
    for (int k = 0; k < 5; k++)
        for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seqs[k]); i++) {
            unsigned long t = PyLong_AsUnsignedLong(PySequence_Fast_GET_ITEM(seqs[k], i));
            if (t == (unsigned long)-1 && PyErr_Occurred()) {
                free(all);
                free(tags);
                goto fail;
            }
            all[m++] = (uint32_t)t;
        }
    qsort(all, (size_t)m, sizeof(uint32_t), cmp_u32);
    Py_ssize_t ntags = 0;
    for (Py_ssize_t i = 0; i < m; i++)
        if (!ntags || tags[ntags - 1].tag != all[i]) tags[ntags++].tag = all[i];
    free(all);
    free(cfg_tags);
    cfg_tags = tags;
    cfg_ntags = ntags;
    if (build_index() < 0) {
        PyErr_NoMemory();
        goto fail;
    }
    int slot = 0;
    for (int k = 0; k < 5; k++)
        for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seqs[k]); i++) {
            TagInfo *info = (TagInfo *)lookup((uint32_t)PyLong_AsUnsignedLong(PySequence_Fast_GET_ITEM(seqs[k], i)));
            if (flags[k] == F_WANTED && !(info->flags & F_WANTED)) info->slot = (uint8_t)slot++;
            else if (flags[k] == F_WANTED) continue;
            info->flags |= (uint8_t)flags[k];
        }
    for (int i = 0; i < MAX_SLOTS; i++) Py_CLEAR(last_text[i]);
    Py_CLEAR(col_template); /* its text indexes were for the previous configuration */
    cfg_nstrings = (int)nstr;
    cfg_nslots = slot;
    memset(cfg_groups, 0, sizeof(cfg_groups));
    PyObject *it = PyObject_GetIter(groups), *g;
    if (it == NULL) goto fail;
    while ((g = PyIter_Next(it)) != NULL) {
        unsigned long group = PyLong_AsUnsignedLong(g);
        Py_DECREF(g);
        if (group > 0xFFFF) {
            Py_DECREF(it);
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "a group is 16 bits");
            goto fail;
        }
        cfg_groups[group >> 3] |= (uint8_t)(1u << (group & 7));
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) goto fail;
    cfg_private_lo = (uint32_t)plo;
    cfg_private_hi = (uint32_t)phi;
    cfg_mask_lo = (uint32_t)mlo;
    cfg_mask_hi = (uint32_t)mhi;
    cfg_deid_tag = (uint32_t)deid;
    char *dd = (char *)malloc((size_t)dicomdir_len + 1);
    if (dd == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    memcpy(dd, dicomdir, (size_t)dicomdir_len);
    dd[dicomdir_len] = 0;
    free(cfg_dicomdir);
    cfg_dicomdir = dd;
    cfg_dicomdir_len = dicomdir_len;
    configured = 1;
    for (int k = 0; k < 5; k++) Py_XDECREF(seqs[k]);
    Py_RETURN_NONE;
fail:
    configured = 0;
    for (int k = 0; k < 5; k++) Py_XDECREF(seqs[k]);
    return NULL;
}

static PyMethodDef methods[] = {
    {"scan", (PyCFunction)(void (*)(void))py_scan, METH_FASTCALL,
     "scan(path, size) -> summary tuple | NO_PREAMBLE | FALLBACK | DICOMDIR: one file's header (see scan.py)."},
    {"configure", py_configure, METH_VARARGS, "Set the tag sets scan() uses (scan.py calls it once)."},
    {"scan_columns", py_scan_columns, METH_VARARGS,
     "scan_columns(root, items, columns, fallback): a chunk's rows appended to columns (see scan.py)."},
    {"configure_columns", py_configure_columns, METH_VARARGS, "The plain row's columns (scan.py calls it once)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_walk", "The DICOM header scan's compiled walk.", -1,
                                    methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__walk(void) {
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    if (PyModule_AddIntConstant(m, "NO_PREAMBLE", R_NO_PREAMBLE) < 0 ||
        PyModule_AddIntConstant(m, "FALLBACK", R_FALLBACK) < 0 ||
        PyModule_AddIntConstant(m, "DICOMDIR", R_DICOMDIR) < 0 ||
        PyModule_AddIntConstant(m, "MAX_DEPTH", MAX_DEPTH) < 0 ||
        PyModule_AddIntConstant(m, "MAX_JUDGED", MAX_JUDGED) < 0 || PyModule_AddIntConstant(m, "BLOCK", BLOCK) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
