// The system zlib, for checking that a .docx part's deflate stream is whole
// before ZIPFoundation reads it (Sources/ReportKit/Decode/DocxText.swift).
#include <zlib.h>
