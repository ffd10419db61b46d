import { ruleTable } from "../../../tests/support/rule-table.js";

ruleTable(
  "privacy/room-number",
  [
    { name: "flags a room number", text: "Le patient de la chambre 218 m'a fait rire.", span: "chambre 218", fix: "chambre" },
    { name: "flags a bed number", text: "Celle du lit 3 a enfin mangé.", span: "lit 3" },
    { name: "flags a room with a letter", text: "The man in room 12B finally slept.", span: "room 12B" },
    { name: "flags a bed in English", text: "Shoutout to bed 4, who thanked every nurse.", span: "bed 4" },
    { name: "flags a delivery room number", text: "Deux heures de poussée en salle d'accouchement 2, puis un beau cri.", span: "salle d'accouchement 2" },
    { name: "flags a hyphenated room", text: "When I walked into room 4A-118, she was singing.", span: "room 4A-118" },
    { name: "flags an operating room", text: "Long case in OR 7 today with a great team.", span: "OR 7" },
    { name: "flags a bed number followed by after", text: "We moved her to bed 9 after the scan came back.", span: "bed 9" },
  ],
  [
    { name: "does not flag a numbered lecture hall", text: "La formation sur l'accouchement aura lieu à la salle 3 du pavillon." },
    { name: "does not flag the conjunction or", text: "Take it with food or 2 hours after." },
    { name: "does not flag a hotel room", text: "Notre chambre 512 à l'hôtel du congrès donnait sur le fleuve." },
    { name: "does not flag a bedroom without number", text: "Gardez la chambre fraîche et sombre." },
    { name: "does not flag a lecture hall", text: "Le cours se donne en salle 1203." },
    { name: "does not flag a bed followed by a count", text: "She stayed in bed 2 weeks after the flu." },
    { name: "does not flag a dosage", text: "Le lit de la patiente est prêt; donnez 100 mg au coucher." },
    { name: "does not flag an operating-room renovation", text: "The OR 2 renovation is finally done." },
    { name: "does not flag bed rest advice followed by after", text: "Stay in bed 2 days after the procedure." },
    { name: "does not flag a vacant bed", text: "Le lit 6 est libre depuis midi, on respire un peu." },
    { name: "does not flag an empty room", text: "Room 14 is empty and cleaned, ready for whoever comes next." },
  ],
);
