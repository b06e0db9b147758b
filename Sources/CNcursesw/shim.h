#ifndef FLAGDESK_CNCURSESW_SHIM_H
#define FLAGDESK_CNCURSESW_SHIM_H
// Wide-character ncurses (libncursesw). Swift cannot import function-like macros such as
// A_BOLD or COLOR_PAIR, so they are exposed here as static inline functions.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline int fd_key_resize(void) { return KEY_RESIZE; }
static inline attr_t fd_attr_bold(void) { return A_BOLD; }
static inline attr_t fd_attr_reverse(void) { return A_REVERSE; }
static inline attr_t fd_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t fd_attr_dim(void) { return A_DIM; }
static inline attr_t fd_attr_normal(void) { return A_NORMAL; }
static inline attr_t fd_color_pair(short pair) { return COLOR_PAIR(pair); }
static inline WINDOW *fd_stdscr(void) { return stdscr; }
static inline int fd_lines(void) { return LINES; }
static inline int fd_cols(void) { return COLS; }
static inline int fd_colors(void) { return COLORS; }
static inline void fd_set_escdelay(int ms) { set_escdelay(ms); }

#endif
