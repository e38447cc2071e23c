import type { RuleTable } from '@/tests/unit/cases/types';

// connection-request, de: valid drafts (the rule stays silent) and invalid drafts (it reports exactly the [[marked]] spans).
export default {
  valid: [
    {
      note: 'the process is over',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Hallo Frau Kraus, auch wenn es diesmal nicht geklappt hat, danke ich Ihnen für das faire Vorstellungsgespräch. Ich würde gern in Kontakt bleiben.',
    },
    {
      note: 'the offer is accepted',
      surface: 'connection-note',
      platform: 'linkedin',
      text: 'Guten Tag Herr Stein, ich habe den Vertrag gestern unterschrieben und freue mich auf die Stelle in Ihrem Team. Danke für das gute Vorstellungsgespräch!',
    },
    {
      note: 'an e-mail is not a connection request',
      text: 'Sehr geehrte Frau Graf,\n\nvielen Dank für das Vorstellungsgespräch am Dienstag. Ich bin sehr an der Stelle interessiert.\n\nMit freundlichen Grüßen\nPhilipp Busch',
    },
    {
      note: 'a LinkedIn message is the channel already in use',
      surface: 'message',
      platform: 'linkedin',
      text: 'Guten Tag Herr Okafor, danke für das angenehme Telefoninterview zur Stelle als Data Analyst.',
    },
  ],
  invalid: [
    {
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Hallo Frau Graf, vielen Dank für das Vorstellungsgespräch am Dienstag! Ich würde mich freuen, mit Ihnen vernetzt zu sein.]]',
    },
    {
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Guten Tag Herr Okafor,]]\ndanke für das angenehme Telefoninterview zur Stelle als Data Analyst. Gern möchte ich mit Ihnen in Kontakt bleiben.',
    },
    {
      surface: 'connection-note',
      platform: 'linkedin',
      text: '[[Liebe Frau Wendt, nach unserem Gespräch über die Stelle im Einkauf bin ich weiterhin sehr interessiert und würde mich über die Vernetzung freuen.]]',
    },
  ],
} satisfies RuleTable;
