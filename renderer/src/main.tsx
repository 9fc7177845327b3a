document.getElementById('root')!.textContent = 'Ruang Uji';
