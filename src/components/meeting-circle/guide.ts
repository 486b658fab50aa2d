/**
 * The eight versions of the meeting circle: for each reader and part, what that reader does and
 * is asked. Our own plain wording, after the public circles (see docs/rationale/meeting-circle.md).
 * Strings are looked up at render time so they follow the active language. Loaded on demand by
 * the element (it is most of the element's text).
 */
import { msg } from '@lit/localize';
import type { MeetingPart } from '../../model/schema';
import type { Audience } from './labels';
import * as label from '../../shared/labels';

/** What one reader does in one part: tasks (the chair's checklist) and the question put to them. */
export interface PartGuide {
  tasks: string[];
  question?: string;
}

function chair(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return {
        tasks: [
          msg('Hälsa välkommen. Presentera dig och den som för anteckningar.', { id: 'meeting.chair.opening.1' }),
          msg('Kontrollera att alla kan stanna hela mötet.', { id: 'meeting.chair.opening.2' }),
          msg('Låt personen presentera sig först, sedan de andra.', { id: 'meeting.chair.opening.3' }),
          msg('Gå igenom samtycke och tystnadsplikt, syftet, frågorna och hur lång tid ni har.', { id: 'meeting.chair.opening.4' }),
        ],
      };
    case 'situation':
      return {
        tasks: [
          msg('Låt alla kort berätta hur de ser på läget – personen först, om hen vill.', { id: 'meeting.chair.situation.1' }),
          msg('Se till att det som fungerar också blir sagt.', { id: 'meeting.chair.situation.2' }),
          msg('Håll den här delen kort.', { id: 'meeting.chair.situation.3' }),
        ],
      };
    case 'needs':
      return {
        tasks: [
          msg('Den längsta delen. Utgå från frågorna och personens behov.', { id: 'meeting.chair.needs.1' }),
          msg('Kom överens om mål på lång och kort sikt.', { id: 'meeting.chair.needs.2' }),
          msg('Vad kan personen eller familjen göra själva?', { id: 'meeting.chair.needs.3' }),
          msg('Vilka insatser, hur ofta och av vem?', { id: 'meeting.chair.needs.4' }),
          msg('Be alla förklara fackord.', { id: 'meeting.chair.needs.5' }),
        ],
      };
    case 'summary':
      return {
        tasks: [
          msg('Sammanfatta vem som gör vad.', { id: 'meeting.chair.summary.1' }),
          msg('Anteckna om någon inte håller med.', { id: 'meeting.chair.summary.2' }),
          msg('Fråga personen vem hen vill ha som samordningsansvarig, och utse den.', { id: 'meeting.chair.summary.3' }),
        ],
      };
    default:
      return {
        tasks: [
          msg('Se till att alla får planen.', { id: 'meeting.chair.closing.1' }),
          msg('Boka uppföljningsmötet.', { id: 'meeting.chair.closing.2' }),
        ],
      };
  }
}

function staff(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return { tasks: [msg('Presentera dig, din verksamhet och din kontakt med personen.', { id: 'meeting.staff.opening' })] };
    case 'situation':
      return {
        tasks: [msg('Berätta kort hur du ser på situationen.', { id: 'meeting.staff.situation' })],
        question: msg('Vad fungerar, och vad fungerar inte?', { id: 'meeting.staff.situation.q' }),
      };
    case 'needs':
      return {
        tasks: [
          msg('Berätta vad din verksamhet kan bidra med: vad, när, hur ofta och av vem.', { id: 'meeting.staff.needs' }),
          msg('Använd ord som alla förstår.', { id: 'meeting.staff.needs.2' }),
        ],
      };
    case 'summary':
      return { tasks: [msg('Bekräfta vad din verksamhet ska göra.', { id: 'meeting.staff.summary' })] };
    default:
      return { tasks: [msg('Anteckna datum för uppföljningen.', { id: 'meeting.staff.closing' })] };
  }
}

function adult(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return {
        tasks: [msg('Presentera dig. Du får börja om du vill.', { id: 'meeting.adult.opening' })],
        question: msg('Vad vill du att de andra ska veta om dig?', { id: 'meeting.adult.opening.q' }),
      };
    case 'situation':
      return {
        tasks: [msg('Berätta hur du har det: vad fungerar och vad fungerar inte?', { id: 'meeting.adult.situation' })],
        question: label.whatMatters(),
      };
    case 'needs':
      return {
        tasks: [msg('Berätta hur du vill ha det längre fram och snart. Vad kan du göra själv, och vad behöver du hjälp med – när och hur ofta?', { id: 'meeting.adult.needs' })],
        question: msg('Hur vill du att det ska vara om ett år? Och om en månad?', { id: 'meeting.adult.needs.q' }),
      };
    case 'summary':
      return {
        tasks: [msg('Kontrollera att du har förstått vem som gör vad och att det känns rätt. Säg vem du vill ha som samordningsansvarig.', { id: 'meeting.adult.summary' })],
        question: msg('Är något oklart?', { id: 'meeting.adult.summary.q' }),
      };
    default:
      return {
        tasks: [msg('Du får en kopia av planen.', { id: 'meeting.adult.closing' })],
        question: msg('Är du nöjd med mötet?', { id: 'meeting.adult.closing.q' }),
      };
  }
}

function older(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return {
        tasks: [msg('Presentera dig. Du får gärna börja.', { id: 'meeting.older.opening' })],
        question: msg('Berätta gärna lite om dig själv.', { id: 'meeting.older.opening.q' }),
      };
    case 'situation':
      return {
        tasks: [msg('Berätta hur din vardag fungerar just nu – vad går bra och vad är svårt?', { id: 'meeting.older.situation' })],
        question: label.whatMatters(),
      };
    case 'needs':
      return {
        tasks: [msg('Berätta vad du önskar, nu och på längre sikt. Vad klarar du själv, och vad behöver du hjälp med – när och hur ofta?', { id: 'meeting.older.needs' })],
        question: msg('Vad skulle göra din vardag lättare?', { id: 'meeting.older.needs.q' }),
      };
    case 'summary':
      return {
        tasks: [msg('Lyssna på sammanfattningen och säg till om något inte stämmer. Berätta vem du vill ha som samordningsansvarig.', { id: 'meeting.older.summary' })],
        question: msg('Har du förstått vem som gör vad?', { id: 'meeting.older.summary.q' }),
      };
    default:
      return {
        tasks: [msg('Du får planen på papper.', { id: 'meeting.older.closing' })],
        question: msg('Hur tyckte du att mötet var?', { id: 'meeting.older.closing.q' }),
      };
  }
}

function young(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return {
        tasks: [msg('Säg vem du är. Du kan börja om du vill.', { id: 'meeting.young.opening' })],
        question: msg('Vad vill du att vi ska veta om dig?', { id: 'meeting.young.opening.q' }),
      };
    case 'situation':
      return {
        tasks: [msg('Berätta hur det är just nu – vad funkar och vad funkar inte?', { id: 'meeting.young.situation' })],
        question: label.whatMatters(),
      };
    case 'needs':
      return {
        tasks: [msg('Berätta hur du vill ha det snart och längre fram. Vad kan du fixa själv, och vad vill du ha hjälp med – när och hur ofta?', { id: 'meeting.young.needs' })],
        question: msg('Vad vill du ska hända först?', { id: 'meeting.young.needs.q' }),
      };
    case 'summary':
      return {
        tasks: [msg('Kolla att du fattat vem som gör vad och att det känns okej. Säg vem du vill ska hålla ihop allt.', { id: 'meeting.young.summary' })],
        question: msg('Är något oklart? Fråga!', { id: 'meeting.young.summary.q' }),
      };
    default:
      return {
        tasks: [msg('Du får en kopia av planen.', { id: 'meeting.young.closing' })],
        question: msg('Vad tyckte du om mötet?', { id: 'meeting.young.closing.q' }),
      };
  }
}

function parent(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return { tasks: [msg('Presentera dig och säg att du är förälder till barnet.', { id: 'meeting.parent.opening' })] };
    case 'situation':
      return {
        tasks: [msg('Berätta hur du ser på barnets situation: vad fungerar och vad fungerar inte?', { id: 'meeting.parent.situation' })],
        question: msg('Vad är viktigt för ert barn?', { id: 'meeting.parent.situation.q' }),
      };
    case 'needs':
      return {
        tasks: [msg('Berätta vad du tror behövs och vilket stöd ni kan ge hemma.', { id: 'meeting.parent.needs' })],
        question: msg('Vad kan ni som familj göra själva?', { id: 'meeting.parent.needs.q' }),
      };
    case 'summary':
      return {
        tasks: [msg('Kontrollera att du har förstått vem som gör vad.', { id: 'meeting.parent.summary' })],
        question: msg('Är något oklart?', { id: 'meeting.parent.summary.q' }),
      };
    default:
      return { tasks: [msg('Du får en kopia av planen. Anteckna datum för uppföljningen.', { id: 'meeting.parent.closing' })] };
  }
}

function relative(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return { tasks: [msg('Presentera dig och berätta hur du känner personen.', { id: 'meeting.relative.opening' })] };
    case 'situation':
      return {
        tasks: [msg('Berätta hur du ser på situationen.', { id: 'meeting.relative.situation' })],
        question: msg('Vad fungerar, och vad är svårt?', { id: 'meeting.relative.situation.q' }),
      };
    case 'needs':
      return {
        tasks: [msg('Berätta vad du tror behövs och vilken hjälp du själv kan ge.', { id: 'meeting.relative.needs' })],
        question: msg('Vad kan du bidra med?', { id: 'meeting.relative.needs.q' }),
      };
    case 'summary':
      return {
        tasks: [msg('Kontrollera att du har förstått vem som gör vad.', { id: 'meeting.relative.summary' })],
        question: msg('Är något oklart?', { id: 'meeting.relative.summary.q' }),
      };
    default:
      return { tasks: [msg('Du får en kopia av planen om personen vill det. Anteckna datum för uppföljningen.', { id: 'meeting.relative.closing' })] };
  }
}

function other(p: MeetingPart): PartGuide {
  switch (p) {
    case 'opening':
      return { tasks: [msg('Presentera dig och din roll för personen, till exempel god man eller stödperson.', { id: 'meeting.other.opening' })] };
    case 'situation':
      return { tasks: [msg('Berätta hur du ser på situationen utifrån din roll.', { id: 'meeting.other.situation' })] };
    case 'needs':
      return {
        tasks: [msg('Berätta vad du tror behövs och vad du kan bidra med i din roll.', { id: 'meeting.other.needs' })],
        question: msg('Vad kan du bidra med?', { id: 'meeting.other.needs.q' }),
      };
    case 'summary':
      return {
        tasks: [msg('Kontrollera att du har förstått vem som gör vad.', { id: 'meeting.other.summary' })],
        question: msg('Är något oklart?', { id: 'meeting.other.summary.q' }),
      };
    default:
      return { tasks: [msg('Du får en kopia av planen om personen vill det. Anteckna datum för uppföljningen.', { id: 'meeting.other.closing' })] };
  }
}

/** What `audience` does and is asked in `part`, in the active language. */
export function partGuide(audience: Audience, part: MeetingPart): PartGuide {
  switch (audience) {
    case 'chair':
      return chair(part);
    case 'staff':
      return staff(part);
    case 'older':
      return older(part);
    case 'relative':
      return relative(part);
    case 'adult':
      return adult(part);
    case 'young':
      return young(part);
    case 'parent':
      return parent(part);
    default:
      return other(part);
  }
}

/** What the whole room does in `part`: one line for everyone, shown on the shared screen. */
export function roomPrompt(part: MeetingPart): string {
  switch (part) {
    case 'opening':
      return msg('Vi presenterar oss och går igenom syftet, frågorna och tiden.', { id: 'meeting.room.opening' });
    case 'situation':
      return msg('Hur ser situationen ut i dag? Vad fungerar och vad är svårt?', { id: 'meeting.room.situation' });
    case 'needs':
      return msg('Vad behövs? Vad kan var och en göra, och vem gör vad?', { id: 'meeting.room.needs' });
    case 'summary':
      return msg('Vi sammanfattar vem som gör vad och när.', { id: 'meeting.room.summary' });
    default:
      return msg('Har alla förstått planen? När ses vi nästa gång?', { id: 'meeting.room.closing' });
  }
}
