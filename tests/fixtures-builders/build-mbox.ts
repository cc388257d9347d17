/**
 * A Unix mailbox holding the messages: each after a "From " separator line, with body lines that
 * begin with "From " escaped as ">From " (and ">From " as ">>From ", the mboxrd convention).
 */
export function buildMbox(messages: string[]): string {
  return messages
    .map((raw, index) => {
      const date = asctime(new Date(Date.UTC(2026, 2, 4, 8, index)));
      const lines = raw.replace(/\r\n/g, '\n').split('\n').map((line) => (/^>*From /.test(line) ? `>${line}` : line));
      return `From alerts@parleywire.example ${date}\n${lines.join('\n').replace(/\n*$/, '\n')}\n`;
    })
    .join('');
}

function asctime(date: Date): string {
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${time} ${year}`;
}
