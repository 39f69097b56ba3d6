#pragma once

#include <QString>

namespace ui {

// Whether the text says something is attached ("attached", "attachment", "enclosed", and the German, French
// and Spanish words: "Anhang", "angehängt", "anbei", "Anlage", "pièce jointe", "ci-joint", "adjunto",
// "anexo"...), outside quoted lines ("> ..."), which repeat what someone else attached. The composer asks
// before sending such a message with nothing attached.
bool mentionsAttachment(const QString &text);

}  // namespace ui
