#pragma once

class QWidget;

namespace ui {

// Gives each control of the accounts dialog (found by its object name, so it works however the dialog lays
// its pages out) the accessible description a screen reader reads after its name. A description the dialog
// set itself is kept. tst_accessibility fails on a control left without one.
void describeAccountControls(QWidget *dialog);

}  // namespace ui
