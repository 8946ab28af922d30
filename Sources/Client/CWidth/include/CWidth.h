#ifndef TRIBUTARY_CWIDTH_H
#define TRIBUTARY_CWIDTH_H
/// Column width of one Unicode scalar as the terminal draws it (2 for Han and full-width forms, 0 for combining
/// marks, -1 for control characters). Calls glibc's wcwidth after making sure a UTF-8 locale is active.
int tributary_wcwidth(unsigned int scalar);
#endif
