#pragma once

#include <QSize>

class QWidget;

namespace ui {

// The size to give a top-level window: `wanted`, made smaller where the screen it will show on is smaller
// (its available area, less room for the frame), never below the window's minimum size. At 200% scale a
// 1920×1080 screen is 960×540 logical pixels: a fixed 1000×760 window would run off it.
QSize fitToScreen(const QWidget *window, QSize wanted);

}  // namespace ui
