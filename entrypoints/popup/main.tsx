import { render } from 'preact';

function Popup() {
  return <h1>ClaimLens</h1>;
}

render(<Popup />, document.getElementById('app')!);
