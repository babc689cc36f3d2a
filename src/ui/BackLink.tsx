import { Link } from 'react-router';
import './forms.css';

export function BackLink({ to, text }: { to: string; text: string }) {
  return (
    <Link to={to} className="back-link no-print">
      {text}
    </Link>
  );
}
